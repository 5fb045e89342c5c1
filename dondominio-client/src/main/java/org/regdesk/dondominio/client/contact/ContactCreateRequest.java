package org.regdesk.dondominio.client.contact;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.ContactFields;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.ContactData;

/**
 * {@code contact/create}: stores a new contact for use by ID. Parameters are the contact fields
 * without role prefix ({@code Type}, {@code FirstName} …). {@code OrgType} and {@code Fax} are sent
 * when set: newer SDKs stopped sending them, and the server ignores parameters it does not use.
 * Never resent automatically.
 *
 * @param contact the contact data
 */
public record ContactCreateRequest(ContactData contact) implements ApiRequest<ContactInfo> {

  /** Checks the data. */
  public ContactCreateRequest {
    Checks.required(contact, "contact");
  }

  @Override
  public ApiAction action() {
    return ApiAction.CONTACT_CREATE;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form = FormParameters.builder();
    ContactFields.writeData(form, "", contact);
    return form.build();
  }

  /** The response is undocumented; it is read as a contact object, with the new ID. */
  @Override
  public ContactInfo parseResponse(ResponseData data) {
    return ContactInfo.from(data);
  }
}
