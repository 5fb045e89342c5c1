package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactsTest {

  private static final RoleContact ANA = RoleContact.of(ContactTest.ana().build());
  private static final RoleContact RESELLER_TECH = RoleContact.of(ContactHandle.of("ABC-123456"));

  @Test
  void four_roles_make_a_complete_set_in_role_order() {
    Contacts contacts = Contacts.of(ANA, ANA, RESELLER_TECH, ANA);

    assertThat(contacts.isComplete()).isTrue();
    assertThat(contacts.get(ContactRole.TECH)).contains(RESELLER_TECH);
    assertThat(contacts.byRole().keySet())
        .containsExactly(
            ContactRole.OWNER, ContactRole.ADMIN, ContactRole.TECH, ContactRole.BILLING);
    assertThat(contacts.requireComplete()).isSameAs(contacts);
  }

  @Test
  void
      a_partial_set_is_fine_for_an_update_but_names_its_missing_roles_when_completeness_is_required() {
    Contacts techOnly = Contacts.only(ContactRole.TECH, RESELLER_TECH);

    assertThat(techOnly.isComplete()).isFalse();
    assertThat(techOnly.get(ContactRole.OWNER)).isEmpty();
    assertThatThrownBy(techOnly::requireComplete)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("contacts.owner", "contacts.admin", "contacts.billing"));
  }

  @Test
  void an_empty_set_is_refused() {
    assertThatThrownBy(() -> new Contacts(Map.of()))
        .hasMessage("contacts: at least one role is required");
  }

  @Test
  void contact_handles_are_checked_for_shape_only() {
    assertThat(ContactHandle.of(" abc-123 ").value()).isEqualTo("abc-123");
    assertThatThrownBy(() -> ContactHandle.of("ABC 123"))
        .hasMessage("contactHandle: may hold only letters, digits, '.', '_', ':' and '-'");
  }

  @Test
  void tld_field_values_print_keys_but_never_values() {
    TldFieldValues values =
        new TldFieldValues(
            Map.of("aeroPass", "s3cr3t-pass"), Map.of(CustomerField.DATE_OF_BIRTH, "1980-02-29"));

    assertThat(values.toString())
        .contains("aeroPass", "DATE_OF_BIRTH")
        .doesNotContain("s3cr3t", "1980");
    assertThat(values.domainField("aeroPass")).contains("s3cr3t-pass");
    assertThat(values.customerField(CustomerField.IDENTITY_NUMBER)).isEmpty();
  }
}
