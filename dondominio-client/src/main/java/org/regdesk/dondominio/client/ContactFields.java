package org.regdesk.dondominio.client;

import java.util.Map;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.ContactRole;

/**
 * How contacts are written into a request: {@code <role>ContactID} for an existing contact, or the
 * {@code <role>Contact<Field>} set for inline data; {@code contact/create} uses the same field
 * names without prefix ({@code Type}, {@code FirstName} …).
 */
public final class ContactFields {
  private ContactFields() {}

  /** Writes each role's contact, in role order. */
  public static void writeRoles(FormParameters.Builder form, Map<ContactRole, ContactRef> roles) {
    roles.forEach((role, ref) -> writeRole(form, role, ref));
  }

  /** Writes one role's contact. */
  public static void writeRole(FormParameters.Builder form, ContactRole role, ContactRef ref) {
    String prefix = role.parameterPrefix();
    if (ref instanceof ContactRef.Existing) {
      form.add(prefix + "ID", ((ContactRef.Existing) ref).id().value());
    } else {
      writeData(form, prefix, ((ContactRef.Inline) ref).data());
    }
  }

  /** Writes inline contact data with every field name prefixed by {@code prefix}. */
  public static void writeData(FormParameters.Builder form, String prefix, ContactData data) {
    form.add(prefix + "Type", data.type().wireValue());
    form.add(prefix + "FirstName", data.firstName());
    form.add(prefix + "LastName", data.lastName());
    form.add(prefix + "OrgName", data.orgName());
    form.add(prefix + "OrgType", data.orgType());
    form.add(prefix + "IdentNumber", data.identNumber());
    form.add(prefix + "Email", data.email().value());
    form.add(prefix + "Phone", data.phone().value());
    form.add(prefix + "Fax", data.fax().map(f -> f.value()));
    form.add(prefix + "Address", data.address());
    form.add(prefix + "PostalCode", data.postalCode());
    form.add(prefix + "City", data.city());
    form.add(prefix + "State", data.state());
    form.add(prefix + "Country", data.country().value());
  }
}
