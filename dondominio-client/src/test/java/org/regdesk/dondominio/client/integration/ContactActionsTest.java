package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.ana;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.luc;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.contact.ContactCreateRequest;
import org.regdesk.dondominio.client.contact.ContactGetInfoRequest;
import org.regdesk.dondominio.client.contact.ContactInfo;
import org.regdesk.dondominio.client.contact.ContactListRequest;
import org.regdesk.dondominio.client.contact.ContactResendVerificationMailRequest;
import org.regdesk.dondominio.client.contact.ContactSummary;
import org.regdesk.dondominio.client.contact.ContactVerificationMailSent;
import org.regdesk.dondominio.client.error.ContactException;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.ContactId;
import org.regdesk.dondominio.client.value.ContactType;
import org.regdesk.dondominio.client.value.VerificationStatus;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** {@code contact/*} against the sandbox. */
class ContactActionsTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().seedDomains(40).build();

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);

  private static ContactData acme() {
    return ContactData.builder()
        .type(ContactType.ORGANIZATION)
        .orgName("Acme Hosting S.L.")
        .orgType("612")
        .firstName("Luis")
        .lastName("Pérez")
        .identNumber("B12345678")
        .email("admin@acme-hosting.example")
        .phone("+34.911222333")
        .address("Gran Vía 1")
        .postalCode("28013")
        .city("Madrid")
        .state("Madrid")
        .country("ES")
        .build();
  }

  private List<ContactSummary> list(ContactListRequest request) {
    List<ContactSummary> all = new ArrayList<>();
    client.iterate(request).forEachRemaining(all::add);
    return all;
  }

  @Test
  void aCreatedContactHasAnIdAndReadsBackAsSent() {
    ContactInfo created = client.call(new ContactCreateRequest(acme()));

    ContactId id = created.id().orElseThrow();
    ContactInfo read = client.call(new ContactGetInfoRequest(id));
    assertThat(read.id()).contains(id);
    assertThat(read.type()).isEqualTo(ContactType.ORGANIZATION);
    assertThat(read.orgName()).isEqualTo("Acme Hosting S.L.");
    assertThat(read.firstName()).isEqualTo("Luis");
    assertThat(read.lastName()).isEqualTo("Pérez");
    assertThat(read.email()).isEqualTo("admin@acme-hosting.example");
    assertThat(read.phone()).isEqualTo("+34.911222333");
    assertThat(read.country()).isEqualTo("ES");
    assertThat(read.verificationStatus()).isNotEqualTo(VerificationStatus.UNKNOWN);
  }

  @Test
  void aSpanishOrganisationNeedsNoLegalFormCodeOnContactCreate() {
    // contact/create has no OrgType parameter (the document: dropped from the SDK in 2.0.13)
    ContactData withoutOrgType =
        ContactData.builder()
            .type(ContactType.ORGANIZATION)
            .orgName("Acme Hosting S.L.")
            .firstName("Luis")
            .lastName("Pérez")
            .identNumber("B12345678")
            .email("admin@acme-hosting.example")
            .phone("+34.911222333")
            .address("Gran Vía 1")
            .postalCode("28013")
            .city("Madrid")
            .state("Madrid")
            .country("ES")
            .build();

    ContactInfo created = client.call(new ContactCreateRequest(withoutOrgType));

    assertThat(client.call(new ContactGetInfoRequest(created.id().orElseThrow())).orgName())
        .isEqualTo("Acme Hosting S.L.");
  }

  @Test
  void aShortNumberOfTheSdkFormIsAccepted() {
    ContactData shortNumber =
        ContactData.builder()
            .type(ContactType.INDIVIDUAL)
            .firstName("Ana")
            .lastName("García")
            .identNumber("12345678Z")
            .email("ana@example.org")
            .phone("+1.123")
            .address("Calle Mayor 1")
            .postalCode("08001")
            .city("Barcelona")
            .state("Barcelona")
            .country("ES")
            .build();

    ContactInfo created = client.call(new ContactCreateRequest(shortNumber));

    assertThat(client.call(new ContactGetInfoRequest(created.id().orElseThrow())).phone())
        .isEqualTo("+1.123");
  }

  @Test
  void contactCreateIsAWriteAndIsSentOnce() {
    client.call(new ContactCreateRequest(luc()));

    assertThat(callsOf(sandbox, "contact/create")).hasSize(1);
  }

  @Test
  void anUnknownContactIs3001() {
    ContactException.NotFound e =
        catchThrowableOfType(
            ContactException.NotFound.class,
            () -> client.call(new ContactGetInfoRequest(ContactId.of("ZZZ-999999"))));

    assertThat(e.errorCode()).isEqualTo(3001);
    assertThat(e.action()).isEqualTo("contact/getinfo");
    assertThat(e.messages()).isNotEmpty();
    ContactException.NotFound resend =
        catchThrowableOfType(
            ContactException.NotFound.class,
            () ->
                client.call(new ContactResendVerificationMailRequest(ContactId.of("ZZZ-999999"))));
    assertThat(resend.action()).isEqualTo("contact/resendverificationmail");
  }

  @Test
  void dataTheServerRefusesIs3002AndCreatesNothing() {
    int before = client.page(ContactListRequest.all(), 1).total();
    ContactData badPostalCode =
        ContactData.builder()
            .type(ContactType.INDIVIDUAL)
            .firstName("Ana")
            .lastName("García")
            .identNumber("12345678Z")
            .email("ana@example.org")
            .phone("+34.600111222")
            .address("Calle Mayor 1")
            .postalCode("08001#2")
            .city("Barcelona")
            .state("Barcelona")
            .country("ES")
            .build();

    ContactException.DataError e =
        catchThrowableOfType(
            ContactException.DataError.class,
            () -> client.call(new ContactCreateRequest(badPostalCode)));

    assertThat(e.errorCode()).isEqualTo(3002);
    assertThat(e.action()).isEqualTo("contact/create");
    assertThat(String.join(" ", e.messages())).contains("PostalCode");
    assertThat(client.page(ContactListRequest.all(), 1).total()).isEqualTo(before);
  }

  @Test
  void theListIsPagedAndEveryContactComesOnce() {
    int total = client.page(ContactListRequest.all(), 1).total();
    assertThat(total).isGreaterThan(3);

    List<ContactSummary> all =
        list(ContactListRequest.builder().paging(Paging.ofLength(3)).build());

    assertThat(all).hasSize(total);
    assertThat(all).extracting(ContactSummary::id).doesNotHaveDuplicates();
    assertThat(callsOf(sandbox, "contact/list")).hasSize(1 + (total + 2) / 3);
  }

  @Test
  void theListFiltersByEmailNameCountryAndIdentNumber() {
    ContactId anaId = client.call(new ContactCreateRequest(ana())).id().orElseThrow();
    ContactId lucId = client.call(new ContactCreateRequest(luc())).id().orElseThrow();

    assertThat(list(ContactListRequest.builder().email("ana@example.org").build()))
        .extracting(ContactSummary::id)
        .containsExactly(anaId);
    assertThat(list(ContactListRequest.builder().identNumber("FR-998877").build()))
        .extracting(ContactSummary::id)
        .containsExactly(lucId);
    assertThat(list(ContactListRequest.builder().name("Martin").build()))
        .extracting(ContactSummary::id)
        .contains(lucId)
        .doesNotContain(anaId);
    List<ContactSummary> french = list(ContactListRequest.builder().country("FR").build());
    assertThat(french).extracting(ContactSummary::id).contains(lucId).doesNotContain(anaId);
    assertThat(french).allSatisfy(c -> assertThat(c.country()).isEqualTo("FR"));
  }

  @Test
  void theListFiltersByVerificationStatusAndDesignatedAgent() {
    List<ContactSummary> verified =
        list(ContactListRequest.builder().verificationStatus(VerificationStatus.VERIFIED).build());
    List<ContactSummary> notVerified =
        list(ContactListRequest.builder().verificationStatus(VerificationStatus.FAILED).build());
    assertThat(verified)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED));
    assertThat(notVerified)
        .allSatisfy(c -> assertThat(c.verificationStatus()).isEqualTo(VerificationStatus.FAILED));

    List<ContactSummary> accepted =
        list(ContactListRequest.builder().designatedAgentAccepted(true).build());
    List<ContactSummary> notAccepted =
        list(ContactListRequest.builder().designatedAgentAccepted(false).build());
    assertThat(accepted).allSatisfy(c -> assertThat(c.designatedAgentAccepted()).contains(true));
    assertThat(notAccepted)
        .allSatisfy(c -> assertThat(c.designatedAgentAccepted()).contains(false));
    assertThat(accepted.size() + notAccepted.size())
        .isEqualTo(client.page(ContactListRequest.all(), 1).total());
  }

  @Test
  void theVerificationMailCanBeResentOnce() {
    ContactId id = client.call(new ContactCreateRequest(luc())).id().orElseThrow();

    ContactVerificationMailSent sent = client.call(new ContactResendVerificationMailRequest(id));

    sent.contactId().ifPresent(c -> assertThat(c).isEqualTo(id));
    // it sends mail, so it is a write: never resent
    assertThat(callsOf(sandbox, "contact/resendverificationmail")).hasSize(1);
  }
}
