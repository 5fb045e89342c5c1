package org.regdesk.dondominio.client.contact;

import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.ContactId;
import org.regdesk.dondominio.client.value.ContactType;
import org.regdesk.dondominio.client.value.VerificationStatus;

/**
 * A contact as the server stores it ({@code contact/getinfo}, {@code contact/create}, and the
 * contacts of {@code domain/getinfo infoType=contact}).
 *
 * <p>Text fields are kept as the server sent them ({@code ""} when absent): stored data need not
 * meet today's input rules, e.g. a phone number entered before the {@code +CC.NNN} form was
 * enforced.
 *
 * @param id the contact ID, when sent
 * @param type individual or organisation
 * @param firstName first name
 * @param lastName last name
 * @param orgName organisation name
 * @param orgType Spanish legal-form code
 * @param identNumber tax or identity number
 * @param email e-mail address
 * @param phone phone number
 * @param fax fax number
 * @param address street address
 * @param postalCode postal code
 * @param city city
 * @param state state or province
 * @param country country code
 * @param verificationStatus ICANN verification status ({@code verificationstatus})
 * @param designatedAgentAccepted whether the ICANN designated agent was accepted ({@code
 *     daaccepted}), when sent
 */
public record ContactInfo(
    Optional<ContactId> id,
    ContactType type,
    String firstName,
    String lastName,
    String orgName,
    String orgType,
    String identNumber,
    String email,
    String phone,
    String fax,
    String address,
    String postalCode,
    String city,
    String state,
    String country,
    VerificationStatus verificationStatus,
    Optional<Boolean> designatedAgentAccepted) {

  /** Reads a contact object. */
  public static ContactInfo from(ResponseData data) {
    return new ContactInfo(
        data.optionalValue("contactID", ContactId::of),
        ContactType.fromWire(data.textOrEmpty("contactType")),
        data.textOrEmpty("firstName"),
        data.textOrEmpty("lastName"),
        data.textOrEmpty("orgName"),
        data.textOrEmpty("orgType"),
        data.textOrEmpty("identNumber"),
        data.textOrEmpty("email"),
        data.textOrEmpty("phone"),
        data.textOrEmpty("fax"),
        data.textOrEmpty("address"),
        data.textOrEmpty("postalCode"),
        data.textOrEmpty("city"),
        data.textOrEmpty("state"),
        data.textOrEmpty("country"),
        VerificationStatus.fromWire(data.textOrEmpty("verificationstatus")),
        data.optionalFlag("daaccepted"));
  }
}
