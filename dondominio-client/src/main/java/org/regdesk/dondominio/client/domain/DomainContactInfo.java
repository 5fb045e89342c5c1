package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.contact.ContactInfo;

/**
 * A domain's contacts ({@code domain/getinfo infoType=contact}, or a {@code domain/list} item with
 * that info type).
 *
 * @param domain the base fields
 * @param owner the registrant ({@code contactOwner})
 * @param admin the administrative contact ({@code contactAdmin})
 * @param tech the technical contact ({@code contactTech})
 * @param billing the billing contact ({@code contactBilling})
 */
public record DomainContactInfo(
    DomainSummary domain,
    Optional<ContactInfo> owner,
    Optional<ContactInfo> admin,
    Optional<ContactInfo> tech,
    Optional<ContactInfo> billing) {

  /** Reads the response data. */
  public static DomainContactInfo from(ResponseData data) {
    return new DomainContactInfo(
        DomainSummary.from(data),
        data.optionalObject("contactOwner").map(ContactInfo::from),
        data.optionalObject("contactAdmin").map(ContactInfo::from),
        data.optionalObject("contactTech").map(ContactInfo::from),
        data.optionalObject("contactBilling").map(ContactInfo::from));
  }
}
