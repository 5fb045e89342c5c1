package org.regdesk.dondominio.sandbox.engine;

import java.util.Optional;

/**
 * The contact a request names for one role: an existing contact ({@code ownerContactID}) or inline
 * data, which becomes a contact (or reuses the one with identical data) only when the request is
 * carried out.
 */
final class ContactChoice {
  private final Contact existing;
  private final ContactData data;

  private ContactChoice(Contact existing, ContactData data) {
    this.existing = existing;
    this.data = data;
  }

  /**
   * Reads role {@code role} ({@code owner}, {@code admin}, ...): its {@code <role>ContactID} wins
   * over inline fields; empty when the role has neither. 105 for a malformed ID, 3001 for an
   * unknown one, 3002 for bad inline data.
   */
  static Optional<ContactChoice> read(
      SandboxState state, Params params, String role, boolean spanishZone) {
    String idField = role + "ContactID";
    Optional<String> id = params.text(idField);
    if (id.isPresent()) {
      if (!ContactBook.ID_FORMAT.matcher(id.get()).matches()) {
        throw ApiError.invalid(idField, "expected a contact ID like ABC-12345");
      }
      Contact contact =
          state
              .contacts
              .find(id.get())
              .orElseThrow(
                  () ->
                      ApiError.about(
                          ErrorCodes.CONTACT_NOT_EXISTS,
                          idField,
                          "Contact does not exist: " + idField + " " + id.get()));
      return Optional.of(new ContactChoice(contact, null));
    }
    ContactForm form = ContactForm.forRole(params, role);
    if (!form.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new ContactChoice(null, form.read(spanishZone)));
  }

  /** The contact to store: the existing one, or the one with this data (created if new). */
  Contact resolve(SandboxState state, CallContext call) {
    if (existing != null) {
      return existing;
    }
    return state.contacts.findOrCreate(data, state.ids, call.minute());
  }
}
