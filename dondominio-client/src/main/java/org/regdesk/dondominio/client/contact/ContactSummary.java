package org.regdesk.dondominio.client.contact;

import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.ContactId;
import org.regdesk.dondominio.client.value.ContactType;
import org.regdesk.dondominio.client.value.VerificationStatus;

/**
 * A contact as {@code contact/list} reports it.
 *
 * @param id the contact ID
 * @param type individual or organisation
 * @param name the display name ({@code contactName})
 * @param identNumber tax or identity number
 * @param email e-mail address
 * @param country country code
 * @param verificationStatus ICANN verification status
 * @param designatedAgentAccepted whether the ICANN designated agent was accepted, when sent
 */
public record ContactSummary(
    ContactId id,
    ContactType type,
    String name,
    String identNumber,
    String email,
    String country,
    VerificationStatus verificationStatus,
    Optional<Boolean> designatedAgentAccepted) {

  /** Reads one item. */
  public static ContactSummary from(ResponseData data) {
    return new ContactSummary(
        data.value("contactID", ContactId::of),
        ContactType.fromWire(data.textOrEmpty("contactType")),
        data.textOrEmpty("contactName"),
        data.textOrEmpty("identNumber"),
        data.textOrEmpty("email"),
        data.textOrEmpty("country"),
        VerificationStatus.fromWire(data.textOrEmpty("verificationstatus")),
        data.optionalFlag("daaccepted"));
  }
}
