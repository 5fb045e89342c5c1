package org.regdesk.dondominio.client.value;

/**
 * The registry-specific extra parameters of {@code domain/create} and {@code domain/transfer}, with
 * the kind of value each takes. Only the listed names can be sent, so a misspelt parameter is
 * caught when the request is built instead of being silently ignored by the server.
 */
public enum TldExtraField {
  /** {@code aeroId}: .aero ENS id. */
  AERO_ID("aeroId", Kind.TEXT),
  /** {@code aeroPass}: .aero ENS password; a secret, masked like the API password. */
  AERO_PASS("aeroPass", Kind.TEXT, true),
  /** {@code domainIntendedUse}: .cat, .scot, .eus, .gal, .quebec, .barcelona, .madrid, .radio. */
  DOMAIN_INTENDED_USE("domainIntendedUse", Kind.TEXT),
  /** {@code ownerDateOfBirth}: .fr, .hk, .it, .ru and others. */
  OWNER_DATE_OF_BIRTH("ownerDateOfBirth", Kind.DATE),
  /** {@code ownerPlaceOfBirth}: .it. */
  OWNER_PLACE_OF_BIRTH("ownerPlaceOfBirth", Kind.TEXT),
  /** {@code frTradeMark}: .fr trademark number. */
  FR_TRADEMARK("frTradeMark", Kind.TEXT),
  /** {@code frSirenNumber}: .fr SIREN number. */
  FR_SIREN_NUMBER("frSirenNumber", Kind.TEXT),
  /** {@code jobsOwnerIsAssocMember}: .jobs. */
  JOBS_OWNER_IS_ASSOC_MEMBER("jobsOwnerIsAssocMember", Kind.BOOLEAN),
  /** {@code jobsOwnerWebsite}: .jobs. */
  JOBS_OWNER_WEBSITE("jobsOwnerWebsite", Kind.TEXT),
  /** {@code jobsOwnerTitle}: .jobs. */
  JOBS_OWNER_TITLE("jobsOwnerTitle", Kind.TEXT),
  /** {@code jobsOwnerIndustrytype}: .jobs. */
  JOBS_OWNER_INDUSTRY_TYPE("jobsOwnerIndustrytype", Kind.TEXT),
  /** {@code jobsAdminIsAssocMember}: .jobs. */
  JOBS_ADMIN_IS_ASSOC_MEMBER("jobsAdminIsAssocMember", Kind.BOOLEAN),
  /** {@code jobsAdminWebsite}: .jobs. */
  JOBS_ADMIN_WEBSITE("jobsAdminWebsite", Kind.TEXT),
  /** {@code jobsAdminTitle}: .jobs. */
  JOBS_ADMIN_TITLE("jobsAdminTitle", Kind.TEXT),
  /** {@code jobsAdminIndustrytype}: .jobs. */
  JOBS_ADMIN_INDUSTRY_TYPE("jobsAdminIndustrytype", Kind.TEXT),
  /** {@code jobsTechIsAssocMember}: .jobs. */
  JOBS_TECH_IS_ASSOC_MEMBER("jobsTechIsAssocMember", Kind.BOOLEAN),
  /** {@code jobsTechWebsite}: .jobs. */
  JOBS_TECH_WEBSITE("jobsTechWebsite", Kind.TEXT),
  /** {@code jobsTechTitle}: .jobs. */
  JOBS_TECH_TITLE("jobsTechTitle", Kind.TEXT),
  /** {@code jobsTechIndustrytype}: .jobs. */
  JOBS_TECH_INDUSTRY_TYPE("jobsTechIndustrytype", Kind.TEXT),
  /** {@code jobsBillingIsAssocMember}: .jobs. */
  JOBS_BILLING_IS_ASSOC_MEMBER("jobsBillingIsAssocMember", Kind.BOOLEAN),
  /** {@code jobsBillingWebsite}: .jobs. */
  JOBS_BILLING_WEBSITE("jobsBillingWebsite", Kind.TEXT),
  /** {@code jobsBillingTitle}: .jobs. */
  JOBS_BILLING_TITLE("jobsBillingTitle", Kind.TEXT),
  /** {@code jobsBillingIndustrytype}: .jobs. */
  JOBS_BILLING_INDUSTRY_TYPE("jobsBillingIndustrytype", Kind.TEXT),
  /** {@code coreContactInfo}: .lawyer, .attorney, .dentist, .airforce, .army, .navy. */
  CORE_CONTACT_INFO("coreContactInfo", Kind.TEXT),
  /** {@code ltdaAuthority}: .ltda. */
  LTDA_AUTHORITY("ltdaAuthority", Kind.TEXT),
  /** {@code ltdaLicenseNumber}: .ltda. */
  LTDA_LICENSE_NUMBER("ltdaLicenseNumber", Kind.TEXT),
  /** {@code proProfession}: .pro. */
  PRO_PROFESSION("proProfession", Kind.TEXT),
  /** {@code ruIssuer}: .ru passport issuer. */
  RU_ISSUER("ruIssuer", Kind.TEXT),
  /** {@code ruIssuerDate}: .ru passport issue date. */
  RU_ISSUER_DATE("ruIssuerDate", Kind.DATE),
  /** {@code travelUIN}: .travel UIN. */
  TRAVEL_UIN("travelUIN", Kind.TEXT),
  /** {@code xxxClass}: .xxx membership class. */
  XXX_CLASS("xxxClass", Kind.TEXT),
  /** {@code xxxName}: .xxx member name. */
  XXX_NAME("xxxName", Kind.TEXT),
  /** {@code xxxEmail}: .xxx member e-mail. */
  XXX_EMAIL("xxxEmail", Kind.TEXT),
  /** {@code xxxId}: .xxx member id. */
  XXX_ID("xxxId", Kind.TEXT),
  /** {@code lawaccid}: .law, .abogado accreditation id. */
  LAW_ACCREDITATION_ID("lawaccid", Kind.TEXT),
  /** {@code lawaccbody}: .law, .abogado accreditation body. */
  LAW_ACCREDITATION_BODY("lawaccbody", Kind.TEXT),
  /** {@code lawaccyear}: .law, .abogado accreditation year. */
  LAW_ACCREDITATION_YEAR("lawaccyear", Kind.TEXT),
  /** {@code lawaccjurcc}: .law, .abogado jurisdiction country. */
  LAW_ACCREDITATION_COUNTRY("lawaccjurcc", Kind.TEXT),
  /** {@code lawaccjurst}: .law, .abogado jurisdiction state. */
  LAW_ACCREDITATION_STATE("lawaccjurst", Kind.TEXT);

  /** The kind of value a field takes, which decides how it is written on the wire. */
  public enum Kind {
    /** Free text without control characters. */
    TEXT,
    /** A date, sent as {@code YYYY-MM-DD}. */
    DATE,
    /** A flag, sent as {@code 1} or {@code 0}. */
    BOOLEAN
  }

  private final String parameterName;
  private final Kind kind;
  private final boolean secret;

  TldExtraField(String parameterName, Kind kind) {
    this(parameterName, kind, false);
  }

  TldExtraField(String parameterName, Kind kind, boolean secret) {
    this.parameterName = parameterName;
    this.kind = kind;
    this.secret = secret;
  }

  /** The wire parameter name. */
  public String parameterName() {
    return parameterName;
  }

  /** The kind of value. */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the value is a credential: it never appears in log lines, exception messages or {@code
   * toString()}.
   */
  public boolean isSecret() {
    return secret;
  }
}
