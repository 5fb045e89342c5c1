package org.regdesk.dondominio.client.contact;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.ContactId;

/**
 * {@code contact/resendverificationmail}: resends a contact's verification mail. Sends mail, so
 * never resent automatically.
 *
 * @param contactId the contact
 */
public record ContactResendVerificationMailRequest(ContactId contactId)
    implements ApiRequest<ContactVerificationMailSent> {

  /** Checks the ID. */
  public ContactResendVerificationMailRequest {
    Checks.required(contactId, "contactID");
  }

  @Override
  public ApiAction action() {
    return ApiAction.CONTACT_RESEND_VERIFICATION_MAIL;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add("contactID", contactId.value()).build();
  }

  @Override
  public ContactVerificationMailSent parseResponse(ResponseData data) {
    return ContactVerificationMailSent.from(data);
  }
}
