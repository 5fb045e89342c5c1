package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.error.InvalidRequestValueException;
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
   * Contact data given inline for a domain role. The API's contact block requires the Spanish
   * legal-form code ({@code <role>ContactOrgType}) for an organisation in Spain.
   *
   * @param data the data
   */
  record Inline(ContactData data) implements ContactRef {
    /** Checks the data is present and that a Spanish organisation carries its legal form. */
    public Inline {
      Checks.required(data, "contact");
      if (data.isSpanishOrganization() && data.orgType().isEmpty()) {
        throw new InvalidRequestValueException(
            "OrgType", "is required for a Spanish organization as a domain contact");
      }
    }
  }
}
