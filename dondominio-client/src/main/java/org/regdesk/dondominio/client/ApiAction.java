package org.regdesk.dondominio.client;

/**
 * The API actions this client speaks, with their URL paths and whether they may be resent.
 *
 * <p>Reads are retried on transport failures; writes (anything that charges, changes a domain or
 * contact, or sends mail) are never resent automatically, because a lost answer does not mean the
 * server did nothing. Paths are spelled as the official SDK sends them: lower case, with a trailing
 * slash except for {@code account/zones}.
 */
public enum ApiAction {
  /** {@code tool/hello}: connectivity and credentials test. */
  TOOL_HELLO("tool/hello/", Safety.READ),
  /** {@code tool/idnconverter}: Unicode ↔ Punycode conversion. */
  TOOL_IDN_CONVERTER("tool/idnconverter/", Safety.READ),
  /** {@code account/info}: balance and account data. */
  ACCOUNT_INFO("account/info/", Safety.READ),
  /** {@code account/zones}: TLD price list, paged. */
  ACCOUNT_ZONES("account/zones", Safety.READ),
  /** {@code domain/check}: availability. */
  DOMAIN_CHECK("domain/check/", Safety.READ),
  /** {@code domain/checkfortransfer}: transferability. */
  DOMAIN_CHECK_FOR_TRANSFER("domain/checkfortransfer/", Safety.READ),
  /** {@code domain/create}: register; charges the balance. */
  DOMAIN_CREATE("domain/create/", Safety.WRITE),
  /** {@code domain/transfer}: transfer in; charges the balance. */
  DOMAIN_TRANSFER("domain/transfer/", Safety.WRITE),
  /** {@code domain/transferrestart}: restart a pending transfer. */
  DOMAIN_TRANSFER_RESTART("domain/transferrestart/", Safety.WRITE),
  /** {@code domain/renew}: renew; charges the balance. */
  DOMAIN_RENEW("domain/renew/", Safety.WRITE),
  /** {@code domain/update}: change one aspect of a domain. */
  DOMAIN_UPDATE("domain/update/", Safety.WRITE),
  /** {@code domain/updatenameservers}. */
  DOMAIN_UPDATE_NAMESERVERS("domain/updatenameservers/", Safety.WRITE),
  /** {@code domain/updatecontacts}. */
  DOMAIN_UPDATE_CONTACTS("domain/updatecontacts/", Safety.WRITE),
  /** {@code domain/getinfo}. */
  DOMAIN_GET_INFO("domain/getinfo/", Safety.READ),
  /** {@code domain/getauthcode}. */
  DOMAIN_GET_AUTHCODE("domain/getauthcode/", Safety.READ),
  /** {@code domain/getnameservers}. */
  DOMAIN_GET_NAMESERVERS("domain/getnameservers/", Safety.READ),
  /** {@code domain/getgluerecords}. */
  DOMAIN_GET_GLUE_RECORDS("domain/getgluerecords/", Safety.READ),
  /** {@code domain/getdnssec}. */
  DOMAIN_GET_DNSSEC("domain/getdnssec/", Safety.READ),
  /** {@code domain/list}: the account's domains, paged. */
  DOMAIN_LIST("domain/list/", Safety.READ),
  /** {@code domain/listdeleted}: deleted domains, paged. */
  DOMAIN_LIST_DELETED("domain/listdeleted/", Safety.READ),
  /** {@code domain/gethistory}: a domain's history, paged. */
  DOMAIN_GET_HISTORY("domain/gethistory/", Safety.READ),
  /** {@code domain/gluerecordcreate}. */
  DOMAIN_GLUE_RECORD_CREATE("domain/gluerecordcreate/", Safety.WRITE),
  /** {@code domain/gluerecordupdate}. */
  DOMAIN_GLUE_RECORD_UPDATE("domain/gluerecordupdate/", Safety.WRITE),
  /** {@code domain/gluerecorddelete}. */
  DOMAIN_GLUE_RECORD_DELETE("domain/gluerecorddelete/", Safety.WRITE),
  /** {@code domain/dnsseccreate}. */
  DOMAIN_DNSSEC_CREATE("domain/dnsseccreate/", Safety.WRITE),
  /** {@code domain/dnssecdelete}. */
  DOMAIN_DNSSEC_DELETE("domain/dnssecdelete/", Safety.WRITE),
  /** {@code domain/resendverificationmail}: sends mail, so never resent. */
  DOMAIN_RESEND_VERIFICATION_MAIL("domain/resendverificationmail/", Safety.WRITE),
  /** {@code contact/list}: contacts, paged. */
  CONTACT_LIST("contact/list/", Safety.READ),
  /** {@code contact/getinfo}. */
  CONTACT_GET_INFO("contact/getinfo/", Safety.READ),
  /** {@code contact/create}. */
  CONTACT_CREATE("contact/create/", Safety.WRITE),
  /** {@code contact/resendverificationmail}: sends mail, so never resent. */
  CONTACT_RESEND_VERIFICATION_MAIL("contact/resendverificationmail/", Safety.WRITE);

  /** Whether an action only reads or changes something. */
  public enum Safety {
    /** Only reads; safe to resend. */
    READ,
    /** Changes, charges or sends; never resent automatically. */
    WRITE
  }

  private final String path;
  private final Safety safety;

  ApiAction(String path, Safety safety) {
    this.path = path;
    this.safety = safety;
  }

  /** The URL path relative to the endpoint, e.g. {@code domain/check/}. */
  public String path() {
    return path;
  }

  /** The action name as responses and errors report it, e.g. {@code domain/check}. */
  public String actionName() {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Whether the action only reads. */
  public boolean isRead() {
    return safety == Safety.READ;
  }

  /** Read or write. */
  public Safety safety() {
    return safety;
  }
}
