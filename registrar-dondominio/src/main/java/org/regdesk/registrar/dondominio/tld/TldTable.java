package org.regdesk.registrar.dondominio.tld;

import static org.regdesk.dondominio.client.value.TldExtraField.AERO_ID;
import static org.regdesk.dondominio.client.value.TldExtraField.AERO_PASS;
import static org.regdesk.dondominio.client.value.TldExtraField.CORE_CONTACT_INFO;
import static org.regdesk.dondominio.client.value.TldExtraField.DOMAIN_INTENDED_USE;
import static org.regdesk.dondominio.client.value.TldExtraField.FR_SIREN_NUMBER;
import static org.regdesk.dondominio.client.value.TldExtraField.FR_TRADEMARK;
import static org.regdesk.dondominio.client.value.TldExtraField.JOBS_ADMIN_WEBSITE;
import static org.regdesk.dondominio.client.value.TldExtraField.JOBS_BILLING_WEBSITE;
import static org.regdesk.dondominio.client.value.TldExtraField.JOBS_OWNER_INDUSTRY_TYPE;
import static org.regdesk.dondominio.client.value.TldExtraField.JOBS_OWNER_IS_ASSOC_MEMBER;
import static org.regdesk.dondominio.client.value.TldExtraField.JOBS_OWNER_TITLE;
import static org.regdesk.dondominio.client.value.TldExtraField.JOBS_OWNER_WEBSITE;
import static org.regdesk.dondominio.client.value.TldExtraField.JOBS_TECH_WEBSITE;
import static org.regdesk.dondominio.client.value.TldExtraField.LTDA_AUTHORITY;
import static org.regdesk.dondominio.client.value.TldExtraField.LTDA_LICENSE_NUMBER;
import static org.regdesk.dondominio.client.value.TldExtraField.OWNER_PLACE_OF_BIRTH;
import static org.regdesk.dondominio.client.value.TldExtraField.PRO_PROFESSION;
import static org.regdesk.dondominio.client.value.TldExtraField.RU_ISSUER;
import static org.regdesk.dondominio.client.value.TldExtraField.RU_ISSUER_DATE;
import static org.regdesk.dondominio.client.value.TldExtraField.TRAVEL_UIN;
import static org.regdesk.dondominio.client.value.TldExtraField.XXX_CLASS;
import static org.regdesk.dondominio.client.value.TldExtraField.XXX_EMAIL;
import static org.regdesk.dondominio.client.value.TldExtraField.XXX_ID;
import static org.regdesk.dondominio.client.value.TldExtraField.XXX_NAME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regdesk.dondominio.client.value.TldExtraField;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.descriptor.ValueRule;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.Tld;

/**
 * The one table of what each TLD needs beyond ordinary contact data, and how each answer is sent to
 * DonDominio. The descriptor's per-TLD requirements, the validation before any call and the extra
 * parameters of {@code domain/create} and {@code domain/transfer} are all read from here, so a TLD
 * is added or changed in one place.
 *
 * <p>Rows cover §6.9 of the ClientExec plugin's contract and §5 of the API document. Every row also
 * asks for the customer's identity number: DonDominio needs one for every owner given inline.
 */
public final class TldTable {

  private static final ValueRule WEBSITE =
      ValueRule.matching(
          "(https?://)?[^\\s/]+\\.[^\\s/]+(/\\S*)?", "be a web address such as www.example.com");
  private static final ValueRule EMAIL =
      ValueRule.matching("[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "be an e-mail address");
  private static final ValueRule SIREN =
      ValueRule.matching("[0-9]{9}", "be the 9 digits of a SIREN number");

  private static final List<TldRow> ROWS =
      List.of(
          row("aero")
              .text("aeroId", "Aero ID", AERO_ID, true)
              .secret("aeroPassword", "Aero Password", AERO_PASS, true)
              .build(),
          row("jobs")
              .text("jobsOwnerWebsite", "Registrant Website", JOBS_OWNER_WEBSITE, true, WEBSITE)
              .text("jobsOwnerTitle", "Registrant Job Title", JOBS_OWNER_TITLE, true)
              .text("jobsOwnerIndustryType", "Industry Type", JOBS_OWNER_INDUSTRY_TYPE, true)
              .yesNo(
                  "jobsOwnerIsAssocMember",
                  "Member of an industry association",
                  JOBS_OWNER_IS_ASSOC_MEMBER)
              .text("jobsAdminWebsite", "Admin Website", JOBS_ADMIN_WEBSITE, false, WEBSITE)
              .text("jobsTechWebsite", "Tech Website", JOBS_TECH_WEBSITE, false, WEBSITE)
              .text("jobsBillingWebsite", "Billing Website", JOBS_BILLING_WEBSITE, false, WEBSITE)
              .build(),
          row("ltda")
              .text("ltdaAuthority", "Authority", LTDA_AUTHORITY, true)
              .text("ltdaLicenseNumber", "License Number", LTDA_LICENSE_NUMBER, true)
              .build(),
          row("ru")
              .text("ruIssuer", "Issuer", RU_ISSUER, true)
              .date("ruIssueDate", "Issue Date", RU_ISSUER_DATE, true)
              .customer(CustomerField.DATE_OF_BIRTH)
              .build(),
          row("xxx")
              .choice(
                  "xxxClass",
                  "Class",
                  XXX_CLASS,
                  List.of(
                      ChoiceOption.of("default", "Default"),
                      ChoiceOption.of("membership", "Membership"),
                      ChoiceOption.of("nonResolver", "Non-resolving")))
              .text("xxxName", "Name", XXX_NAME, false)
              .text("xxxEmail", "E-mail", XXX_EMAIL, false, EMAIL)
              .text("xxxId", "ID", XXX_ID, false)
              .build(),
          row("cat", "barcelona", "eus", "gal", "scot", "quebec")
              .text("intendedUse", "Intended Use", DOMAIN_INTENDED_USE, true)
              .build(),
          // DonDominio's own modules stopped asking .pl for it; still accepted when given.
          row("pl").text("intendedUse", "Intended Use", DOMAIN_INTENDED_USE, false).build(),
          row("fr")
              .customer(CustomerField.DATE_OF_BIRTH)
              .text("frTradeMark", "Trademark Number", FR_TRADEMARK, false)
              .text("frSirenNumber", "SIREN Number", FR_SIREN_NUMBER, false, SIREN)
              .build(),
          row("hk").customer(CustomerField.DATE_OF_BIRTH).build(),
          row("it")
              .customer(CustomerField.DATE_OF_BIRTH)
              .text("placeOfBirth", "Place of Birth", OWNER_PLACE_OF_BIRTH, true)
              .build(),
          row("pro").text("profession", "Profession", PRO_PROFESSION, true).build(),
          row("travel").text("travelUin", "UIN", TRAVEL_UIN, true).build(),
          row("lawyer", "attorney", "dentist", "airforce", "army", "navy")
              .text("contactInfo", "Contact Info", CORE_CONTACT_INFO, true)
              .build(),
          row("es", "com.es", "nom.es", "org.es", "gob.es", "edu.es").spanishIdentity().build());

  private static final Map<Tld, TldRow> BY_TLD = index();

  private TldTable() {}

  /**
   * Every row.
   *
   * @return the rows, in table order
   */
  public static List<TldRow> rows() {
    return ROWS;
  }

  /**
   * The row of a TLD.
   *
   * @param tld the TLD
   * @return its row, or empty if it needs nothing beyond contact data
   */
  public static Optional<TldRow> row(Tld tld) {
    return Optional.ofNullable(BY_TLD.get(tld));
  }

  /**
   * The requirements of every TLD in the table, for the descriptor.
   *
   * @return one entry per TLD
   */
  public static List<TldRequirements> requirements() {
    List<TldRequirements> all = new ArrayList<>();
    for (TldRow row : ROWS) {
      List<FieldDefinition> fields =
          row.fields().stream().map(TldField::definition).collect(Collectors.toList());
      for (Tld tld : row.tlds().stream().sorted().toList()) {
        all.add(new TldRequirements(tld, fields, row.customerFields()));
      }
    }
    return all;
  }

  private static Map<Tld, TldRow> index() {
    Map<Tld, TldRow> index = new HashMap<>();
    for (TldRow row : ROWS) {
      for (Tld tld : row.tlds()) {
        if (index.put(tld, row) != null) {
          throw new IllegalStateException("." + tld + " is in two rows of the TLD table");
        }
      }
    }
    return Map.copyOf(index);
  }

  private static RowBuilder row(String... tlds) {
    return new RowBuilder(tlds);
  }

  /** Collects one row; every row asks for the owner's identity number. */
  private static final class RowBuilder {
    private final Set<Tld> tlds;
    private final List<TldField> fields = new ArrayList<>();
    private final Set<CustomerField> customer = EnumSet.of(CustomerField.IDENTITY_NUMBER);
    private boolean spanishIdentity;

    RowBuilder(String... tlds) {
      this.tlds = Arrays.stream(tlds).map(Tld::of).collect(Collectors.toSet());
    }

    RowBuilder text(String key, String label, TldExtraField parameter, boolean required) {
      return add(FieldDefinition.text(key, label), parameter, required, null);
    }

    RowBuilder text(
        String key, String label, TldExtraField parameter, boolean required, ValueRule rule) {
      return add(FieldDefinition.text(key, label), parameter, required, rule);
    }

    RowBuilder secret(String key, String label, TldExtraField parameter, boolean required) {
      return add(FieldDefinition.secret(key, label), parameter, required, null);
    }

    RowBuilder date(String key, String label, TldExtraField parameter, boolean required) {
      return add(
          FieldDefinition.date(key, label).description("YYYY-MM-DD, in the past"),
          parameter,
          required,
          null);
    }

    RowBuilder yesNo(String key, String label, TldExtraField parameter) {
      return add(FieldDefinition.yesNo(key, label), parameter, false, null);
    }

    RowBuilder choice(
        String key, String label, TldExtraField parameter, List<ChoiceOption> options) {
      return add(FieldDefinition.choice(key, label, options), parameter, true, null);
    }

    RowBuilder customer(CustomerField field) {
      customer.add(field);
      return this;
    }

    RowBuilder spanishIdentity() {
      this.spanishIdentity = true;
      return this;
    }

    private RowBuilder add(
        FieldDefinition.Builder field, TldExtraField parameter, boolean required, ValueRule rule) {
      if (required) {
        field.required();
      }
      if (rule != null) {
        field.rule(rule);
      }
      fields.add(new TldField(field.build(), parameter));
      return this;
    }

    TldRow build() {
      return new TldRow(tlds, fields, customer, spanishIdentity);
    }
  }
}
