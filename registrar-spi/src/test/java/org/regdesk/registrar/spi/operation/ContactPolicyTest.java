package org.regdesk.registrar.spi.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.value.ContactHandle;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;

class ContactPolicyTest {

  @Test
  void roles_left_out_are_open() {
    RoleContactPolicy fixedOwner =
        new RoleContactPolicy(Optional.of(ContactHandle.of("ABC-12345")), false);

    ContactPolicy policy = new ContactPolicy(Map.of(ContactRole.OWNER, fixedOwner));

    assertThat(policy.forRole(ContactRole.OWNER)).isEqualTo(fixedOwner);
    assertThat(policy.forRole(ContactRole.OWNER).isOverridden()).isTrue();
    for (ContactRole role : new ContactRole[] {ContactRole.ADMIN, ContactRole.TECH}) {
      assertThat(policy.forRole(role)).isEqualTo(RoleContactPolicy.OPEN);
      assertThat(policy.forRole(role).isOverridden()).isFalse();
      assertThat(policy.forRole(role).customerMayEdit()).isTrue();
    }
    assertThat(policy.byRole()).hasSize(ContactRole.values().length);
  }

  @Test
  void the_open_policy_lets_customers_edit_every_role() {
    for (ContactRole role : ContactRole.values()) {
      assertThat(ContactPolicy.OPEN.forRole(role)).isEqualTo(RoleContactPolicy.OPEN);
    }
  }

  @Test
  void a_registrar_without_contact_settings_reports_the_open_policy() {
    Registrar registrar =
        new Registrar() {
          @Override
          public ConnectionReport testConnection() {
            return ConnectionReport.unreachable("test", false, "not wired");
          }

          @Override
          public DomainSnapshot getDomain(DomainName domain) throws RegistrarException {
            throw NotFoundException.domain(domain, null);
          }
        };

    assertThat(registrar.contactPolicy()).isEqualTo(ContactPolicy.OPEN);
  }

  @Test
  void refuses_missing_parts() {
    assertThatThrownBy(() -> new RoleContactPolicy(null, true))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("override");
    assertThatThrownBy(() -> ContactPolicy.OPEN.forRole(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("role");
  }
}
