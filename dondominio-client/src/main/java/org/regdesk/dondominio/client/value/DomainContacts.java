package org.regdesk.dondominio.client.value;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * The contacts of a new domain (create or transfer): the owner is required; admin, tech and billing
 * are optional, and the server fills them in when left out (admin from owner, tech and billing from
 * admin).
 *
 * @param owner the registrant
 * @param admin administrative contact, optional
 * @param tech technical contact, optional
 * @param billing billing contact, optional
 */
public record DomainContacts(
    ContactRef owner,
    Optional<ContactRef> admin,
    Optional<ContactRef> tech,
    Optional<ContactRef> billing) {

  /** Checks that the owner is present. */
  public DomainContacts {
    Checks.required(owner, "ownerContact");
    Checks.optional(admin, "adminContact");
    Checks.optional(tech, "techContact");
    Checks.optional(billing, "billingContact");
  }

  /** Only an owner; the server derives the other roles. */
  public static DomainContacts ofOwner(ContactRef owner) {
    return new DomainContacts(owner, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy with the admin contact set. */
  public DomainContacts withAdmin(ContactRef admin) {
    return new DomainContacts(owner, Optional.of(admin), tech, billing);
  }

  /** A copy with the technical contact set. */
  public DomainContacts withTech(ContactRef tech) {
    return new DomainContacts(owner, admin, Optional.of(tech), billing);
  }

  /** A copy with the billing contact set. */
  public DomainContacts withBilling(ContactRef billing) {
    return new DomainContacts(owner, admin, tech, Optional.of(billing));
  }

  /** The contacts given, by role, in role order. */
  public Map<ContactRole, ContactRef> byRole() {
    Map<ContactRole, ContactRef> map = new EnumMap<>(ContactRole.class);
    map.put(ContactRole.OWNER, owner);
    admin.ifPresent(c -> map.put(ContactRole.ADMIN, c));
    tech.ifPresent(c -> map.put(ContactRole.TECH, c));
    billing.ifPresent(c -> map.put(ContactRole.BILLING, c));
    return map;
  }
}
