package org.regdesk.registrar.spi.operation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.ContactRole;

/**
 * Per contact role, what a configured registrar does with the desk's contact data: which roles an
 * override contact (a registrar contact handle from the settings) fills instead of the customer's
 * data, and on which roles customers may edit the contact. The desk asks {@code
 * Registrar.contactPolicy()} before it shows contact forms: a role customers may not edit is shown
 * read-only in the client area.
 *
 * @param byRole the policy of every role; roles left out are {@link RoleContactPolicy#OPEN}
 */
public record ContactPolicy(Map<ContactRole, RoleContactPolicy> byRole) {

  /** No overrides; customers may edit every role. */
  public static final ContactPolicy OPEN = new ContactPolicy(Map.of());

  /**
   * Copies the map, filling missing roles with {@link RoleContactPolicy#OPEN}.
   *
   * @param byRole the policy of every role; roles left out are {@link RoleContactPolicy#OPEN}
   */
  public ContactPolicy {
    Map<ContactRole, RoleContactPolicy> copy = new EnumMap<>(ContactRole.class);
    copy.putAll(Require.mapOf("contactPolicy", byRole));
    for (ContactRole role : ContactRole.values()) {
      copy.putIfAbsent(role, RoleContactPolicy.OPEN);
    }
    byRole = Collections.unmodifiableMap(copy);
  }

  /**
   * The policy of one role.
   *
   * @param role the role
   * @return its policy
   */
  public RoleContactPolicy forRole(ContactRole role) {
    return byRole.get(Require.present("role", role));
  }
}
