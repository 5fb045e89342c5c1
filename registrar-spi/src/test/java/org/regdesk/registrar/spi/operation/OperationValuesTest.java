package org.regdesk.registrar.spi.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.ContactHandle;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.ContactType;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.RoleContact;

class OperationValuesTest {

  private static final DomainName SHOP = DomainName.of("shop", "com.es");

  private static ContactRecord.Builder anaAsTheRegistrarHoldsHer() {
    return ContactRecord.builder(ContactType.INDIVIDUAL)
        .handle(ContactHandle.of("ABC-123456"))
        .name("Ana", "García")
        .identityNumber("12345678Z")
        .email("ana@example.org")
        .phone("+34.600111222")
        .address("Calle Mayor 1", "", "Barcelona", "Barcelona", "08001", "ES")
        .verification(ContactVerification.VERIFIED);
  }

  @Test
  void registration_needs_all_four_contact_roles() {
    Contacts ownerOnly =
        Contacts.only(
            ContactRole.OWNER, RoleContact.of(anaAsTheRegistrarHoldsHer().build().toContact()));

    assertThatThrownBy(() -> RegisterRequest.builder(SHOP, Period.ofYears(1), ownerOnly).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("contacts.admin", "contacts.tech", "contacts.billing"));
  }

  @Test
  void a_registration_defaults_to_the_safe_choices() {
    Contact ana = anaAsTheRegistrarHoldsHer().build().toContact();

    RegisterRequest request =
        RegisterRequest.builder(SHOP, Period.ofYears(2), Contacts.allRoles(RoleContact.of(ana)))
            .build();

    assertThat(request.renewalMode()).isEqualTo(RenewalMode.MANUAL);
    assertThat(request.acceptedPremiumPrice()).isEmpty();
    assertThat(request.privacy()).isFalse();
    assertThat(request.nameservers().usesRegistrarDefault()).isTrue();
  }

  @Test
  void a_transfer_mail_goes_to_the_owner_or_the_admin_only() {
    Contacts contacts = Contacts.allRoles(RoleContact.of(ContactHandle.of("ABC-1")));

    TransferRequest request =
        TransferRequest.builder(SHOP, AuthCode.of("x-1"), contacts)
            .foaRecipient(ContactRole.ADMIN)
            .build();
    assertThat(request.nameservers()).as("keeps the current name servers").isEmpty();

    assertThatThrownBy(
            () ->
                TransferRequest.builder(SHOP, AuthCode.of("x-1"), contacts)
                    .foaRecipient(ContactRole.TECH)
                    .build())
        .hasMessage("foaRecipient: must be the owner or the admin contact");
  }

  @Test
  void a_contact_record_becomes_a_checked_contact_when_complete() {
    Contact contact = anaAsTheRegistrarHoldsHer().build().toContact();

    assertThat(contact.email().value()).isEqualTo("ana@example.org");
    assertThat(contact.address().line2()).isEmpty();
  }

  @Test
  void dirty_registrar_data_is_kept_but_cannot_pass_as_a_checked_contact() {
    ContactRecord dirty =
        anaAsTheRegistrarHoldsHer()
            .phone("600111222")
            .address("Calle Mayor 1", null, "Barcelona", null, null, "UK")
            .build();

    assertThat(dirty.phone()).isEqualTo("600111222");
    assertThat(dirty.state()).isEmpty();
    assertThatThrownBy(dirty::toContact)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("phone", "country"));
  }

  @Test
  void a_contact_record_prints_no_personal_data() {
    assertThat(anaAsTheRegistrarHoldsHer().build().toString())
        .isEqualTo("ContactRecord[ABC-123456, INDIVIDUAL, ES]");
  }

  @Test
  void a_snapshot_cannot_expire_before_it_was_created_and_unknown_parts_stay_empty() {
    DomainSnapshot fresh =
        DomainSnapshot.builder(SHOP, DomainStatus.REGISTRATION_PENDING, "register-init")
            .registrarDomainId("4711002")
            .build();

    assertThat(fresh.expires()).isEmpty();
    assertThat(fresh.transferLock()).isEmpty();
    assertThat(fresh.contacts().owner()).isEmpty();
    assertThatThrownBy(
            () ->
                DomainSnapshot.builder(SHOP, DomainStatus.ACTIVE, "active")
                    .created(LocalDate.of(2024, 3, 1))
                    .expires(LocalDate.of(2023, 3, 1))
                    .build())
        .hasMessage("expires: must not be before the creation date");
    assertThatThrownBy(() -> DomainSnapshot.builder(SHOP, DomainStatus.ACTIVE, " ").build())
        .hasMessage("registrarStatus: must not be blank");
  }

  @Test
  void statuses_group_into_what_a_sync_needs_to_know() {
    assertThat(DomainStatus.ACTIVE.isRegistered()).isTrue();
    assertThat(DomainStatus.EXPIRED_REDEMPTION.isRegistered()).isTrue();
    assertThat(DomainStatus.EXPIRED_REDEMPTION.isExpired()).isTrue();
    assertThat(DomainStatus.TRANSFER_PENDING.isPending()).isTrue();
    assertThat(DomainStatus.TRANSFER_FAILED.isFailed()).isTrue();
    assertThat(DomainStatus.UNKNOWN.isRegistered()).isFalse();
    assertThat(DomainStatus.UNKNOWN.isFailed()).isFalse();
  }

  @Test
  void a_page_has_more_exactly_when_it_carries_a_cursor() {
    DomainPage last = new DomainPage(List.of(), Optional.empty(), OptionalLong.of(0));
    DomainPage first =
        new DomainPage(List.of(), Optional.of(ListCursor.of("2")), OptionalLong.empty());

    assertThat(last.hasMore()).isFalse();
    assertThat(first.hasMore()).isTrue();
    assertThat(DomainListRequest.after(first.next().orElseThrow(), 1000).cursor())
        .contains(ListCursor.of("2"));
    assertThatThrownBy(() -> DomainListRequest.first(0))
        .hasMessage("pageSize: must be between 1 and 10000");
  }

  @Test
  void a_connection_report_cannot_claim_what_it_cannot_know() {
    ConnectionReport ok =
        new ConnectionReport(
            true,
            true,
            Optional.of(Money.of("120.00", "EUR")),
            Optional.empty(),
            "sandbox",
            false,
            Optional.empty());
    assertThat(ok.isOk()).isTrue();
    assertThat(ConnectionReport.unreachable("production", true, "connection refused").isOk())
        .isFalse();

    assertThatThrownBy(
            () ->
                new ConnectionReport(
                    false,
                    true,
                    Optional.empty(),
                    Optional.empty(),
                    "sandbox",
                    false,
                    Optional.empty()))
        .hasMessage("authenticated: requires the registrar to be reachable");
    assertThatThrownBy(
            () ->
                new ConnectionReport(
                    true,
                    false,
                    Optional.of(Money.of("1", "EUR")),
                    Optional.empty(),
                    "sandbox",
                    false,
                    Optional.empty()))
        .hasMessage("balance: can only be known when authenticated");
  }

  @Test
  void prices_are_never_negative_and_terms_are_sorted() {
    OperationPrice price =
        new OperationPrice(
            Money.of("9.95", "EUR"), Set.of(Period.ofYears(3), Period.ofYears(1)), false);

    assertThat(price.periods()).containsExactly(Period.ofYears(1), Period.ofYears(3));
    assertThatThrownBy(
            () -> new OperationPrice(Money.of("-1", "EUR"), Set.of(Period.ofYears(1)), false))
        .hasMessage("price: must not be negative");
    assertThatThrownBy(
            () ->
                new AvailabilityResult(
                    SHOP,
                    Availability.AVAILABLE,
                    true,
                    Optional.of(Money.of("-5", "EUR")),
                    Optional.empty()))
        .hasMessage("price: must not be negative");
  }

  @Test
  void an_action_request_prints_input_keys_but_not_their_values() {
    ActionRequest request =
        new ActionRequest("resend-verification", SHOP, Map.of("authCode", "S3cret!"));

    assertThat(request.toString()).contains("authCode").doesNotContain("S3cret!");
  }
}
