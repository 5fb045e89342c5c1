package org.regdesk.dondominio.client.contact;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.ContactId;

/**
 * {@code contact/getinfo}: a contact's data. {@code infoType} is left to its only value and
 * default, {@code data}.
 *
 * @param contactId the contact
 */
public record ContactGetInfoRequest(ContactId contactId) implements ApiRequest<ContactInfo> {

  /** Checks the ID. */
  public ContactGetInfoRequest {
    Checks.required(contactId, "contactID");
  }

  @Override
  public ApiAction action() {
    return ApiAction.CONTACT_GET_INFO;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder().add("contactID", contactId.value()).build();
  }

  @Override
  public ContactInfo parseResponse(ResponseData data) {
    return ContactInfo.from(data);
  }
}
