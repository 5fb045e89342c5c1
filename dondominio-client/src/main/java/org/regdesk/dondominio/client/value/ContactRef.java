package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.internal.Checks;

/**
 * A contact for one role of a domain: an existing contact by ID ({@code <role>ContactID}) or full
 * data given inline ({@code <role>Contact<Field>}). The server ignores inline fields when an ID is
 * present, so a role is always one or the other.
 */
public sealed interface ContactRef permits ContactRef.Existing, ContactRef.Inline {

  /** An existing contact. */
  static ContactRef existing(ContactId id) {
    return new Existing(id);
  }

  /** An existing contact, ID parsed. */
  static ContactRef existing(String id) {
    return new Existing(ContactId.of(id));
  }

  /** Inline data. */
  static ContactRef inline(ContactData data) {
    return new Inline(data);
  }

  /**
   * An existing contact.
   *
   * @param id its ID
   */
  record Existing(ContactId id) implements ContactRef {
    /** Checks the ID is present. */
    public Existing {
      Checks.required(id, "ContactID");
    }
  }

  /**
   * Contact data given inline.
   *
   * @param data the data
   */
  record Inline(ContactData data) implements ContactRef {
    /** Checks the data is present. */
    public Inline {
      Checks.required(data, "contact");
    }
  }
}
