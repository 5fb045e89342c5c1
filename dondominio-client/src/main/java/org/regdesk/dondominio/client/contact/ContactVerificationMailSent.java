package org.regdesk.dondominio.client.contact;

import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.ContactId;

/**
 * Answer to {@code contact/resendverificationmail}. The API does not document the response; the
 * contact ID is read when present.
 *
 * @param contactId the contact, when the response names it
 */
public record ContactVerificationMailSent(Optional<ContactId> contactId) {

  /** Reads the response data. */
  public static ContactVerificationMailSent from(ResponseData data) {
    return new ContactVerificationMailSent(data.optionalValue("contactID", ContactId::of));
  }
}
