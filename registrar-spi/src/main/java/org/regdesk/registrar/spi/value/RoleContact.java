package org.regdesk.registrar.spi.value;

import org.regdesk.registrar.spi.internal.Require;

/**
 * The contact to use for one role: either full data, from which the registrar creates a contact, or
 * the handle of a contact the registrar already holds. Per-role override contacts are simply
 * handles.
 */
public sealed interface RoleContact permits RoleContact.Details, RoleContact.Handle {

  /**
   * Use this contact data.
   *
   * @param contact the contact data
   * @return the role contact
   */
  static RoleContact of(Contact contact) {
    return new Details(contact);
  }

  /**
   * Use the registrar's existing contact with this handle.
   *
   * @param handle the registrar's contact identifier
   * @return the role contact
   */
  static RoleContact of(ContactHandle handle) {
    return new Handle(handle);
  }

  /**
   * Inline contact data.
   *
   * @param contact the data
   */
  record Details(Contact contact) implements RoleContact {
    /**
     * Checks that the data is present.
     *
     * @param contact the data
     */
    public Details {
      Require.present("contact", contact);
    }
  }

  /**
   * An existing registrar contact.
   *
   * @param handle the registrar's identifier
   */
  record Handle(ContactHandle handle) implements RoleContact {
    /**
     * Checks that the handle is present.
     *
     * @param handle the registrar's identifier
     */
    public Handle {
      Require.present("contactHandle", handle);
    }
  }
}
