package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactTest {

  static Contact.Builder ana() {
    return Contact.builder()
        .firstName("Ana")
        .lastName("García")
        .identityNumber("12345678Z")
        .email("ana@example.org")
        .phone("+34.600111222")
        .address("Calle Mayor 1", "2º B")
        .city("Barcelona")
        .state("Barcelona")
        .postalCode("08001")
        .country("es");
  }

  @Test
  void a_complete_individual_is_built_with_every_field_kept() {
    Contact contact = ana().build();

    assertThat(contact.type()).isEqualTo(ContactType.INDIVIDUAL);
    assertThat(contact.phone()).isEqualTo(PhoneNumber.of(34, "600111222"));
    assertThat(contact.address().line2()).contains("2º B");
    assertThat(contact.address().country()).isEqualTo(CountryCode.of("ES"));
    assertThat(contact.identityNumber()).contains("12345678Z");
    assertThat(contact.displayName()).isEqualTo("Ana García");
  }

  @Test
  void blank_optional_fields_become_empty() {
    Contact contact = ana().address("Calle Mayor 1", "  ").state("").postalCode(null).build();

    assertThat(contact.address().line2()).isEmpty();
    assertThat(contact.address().state()).isEmpty();
    assertThat(contact.address().postalCode()).isEmpty();
  }

  @Test
  void an_organisation_needs_its_name_and_shows_it() {
    assertThatThrownBy(() -> ana().type(ContactType.ORGANISATION).build())
        .hasMessage("organisationName: is required for an organisation");

    Contact org = ana().type(ContactType.ORGANISATION).organisationName("Tienda SL").build();
    assertThat(org.displayName()).isEqualTo("Tienda SL");
  }

  @Test
  void every_bad_field_is_reported_at_once() {
    assertThatThrownBy(
            () ->
                Contact.builder()
                    .firstName(" ")
                    .lastName("García")
                    .email("not-an-address")
                    .phone("600111222")
                    .address("Calle Mayor 1", null)
                    .city("Barcelona")
                    .country("UK")
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("email", "phone", "country", "firstName"));
  }

  @Test
  void errors_never_repeat_personal_values() {
    assertThatThrownBy(() -> ana().email("ana.garcia@@example.org").build())
        .hasMessageNotContaining("ana.garcia");
    assertThatThrownBy(() -> ana().phone("600111222").build()).hasMessageNotContaining("600111222");
  }

  @Test
  void to_string_leaves_personal_data_out() {
    String text = ana().build().toString();

    assertThat(text)
        .doesNotContain("Ana", "García", "ana@example.org", "600111222", "Mayor", "12345678Z");
    assertThat(text).isEqualTo("Contact[INDIVIDUAL, ES]");
  }

  @Test
  void address_errors_name_the_nested_field_so_forms_can_mark_it() {
    assertThatThrownBy(() -> ana().city(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.under("owner").errors())
                    .extracting(FieldError::field)
                    .containsExactly("owner.address.city"));
    assertThatThrownBy(() -> ana().postalCode("0".repeat(33)).build())
        .hasMessage("address.postalCode: must be at most 32 characters");
    assertThatThrownBy(() -> ana().address("Calle Mayor 1\nPiso 2", null).build())
        .hasMessage("address.line1: must be a single line without control characters");
  }

  @Test
  void country_codes_must_be_assigned_and_uk_gets_a_hint() {
    assertThat(CountryCode.of("gb").alpha2()).isEqualTo("GB");
    assertThatThrownBy(() -> CountryCode.of("UK"))
        .hasMessage("country: 'UK' is not an ISO 3166 country code (use GB)");
    assertThatThrownBy(() -> CountryCode.of("QQ"))
        .hasMessage("country: 'QQ' is not an ISO 3166 country code");
  }

  @Test
  void email_addresses_keep_the_local_part_and_lower_case_the_domain() {
    assertThat(EmailAddress.of("Ana.Garcia+dominios@Example.ORG").value())
        .isEqualTo("Ana.Garcia+dominios@example.org");
    assertThat(EmailAddress.of("ana@españa.com").value()).isEqualTo("ana@xn--espaa-rta.com");
    assertThatThrownBy(() -> EmailAddress.of("ana@localhost"))
        .hasMessage("email: has an invalid domain after the @");
    assertThatThrownBy(() -> EmailAddress.of("ana..garcia@example.org"))
        .hasMessage("email: has an invalid part before the @");
    assertThatThrownBy(() -> EmailAddress.of("@example.org"))
        .hasMessage("email: must look like name@example.org");
  }
}
