package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.ana;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.anaOwns;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.luc;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.today;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.account.AccountInfoRequest;
import org.regdesk.dondominio.client.contact.ContactCreateRequest;
import org.regdesk.dondominio.client.contact.ContactInfo;
import org.regdesk.dondominio.client.domain.DomainContactInfo;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainCreateResponse;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainNameserverInfo;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.OrderedDomain;
import org.regdesk.dondominio.client.error.ContactException;
import org.regdesk.dondominio.client.error.DomainCreateException;
import org.regdesk.dondominio.client.error.DomainException;
import org.regdesk.dondominio.client.error.DomainNotFoundException;
import org.regdesk.dondominio.client.error.InsufficientBalanceException;
import org.regdesk.dondominio.client.error.SyntaxException;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Money;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.Period;
import org.regdesk.dondominio.client.value.TldExtraField;
import org.regdesk.dondominio.client.value.TldExtras;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** {@code domain/create} and the registration life cycle, against the sandbox. */
class DomainCreateTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);

  private DomainCreateResponse create(String name) {
    return client.call(DomainCreateRequest.builder(DomainName.of(name), anaOwns()).build());
  }

  private DomainStatusInfo status(String name) {
    return client.call(DomainGetInfoRequest.status(DomainSelector.parse(name)));
  }

  private Money balance() {
    return client.call(new AccountInfoRequest()).balance();
  }

  private int created(String name) {
    return sandbox.domainState(name).orElseThrow().path("operations").path("created").asInt();
  }

  @Test
  void aCreateStartsInRegisterInitWithoutExpiryAndChargesTheBalance() {
    Money before = balance();

    DomainCreateResponse response = create("regdesk-new-shop.com");

    OrderedDomain ordered = response.first().orElseThrow();
    assertThat(ordered.domain().name()).isEqualTo(DomainName.of("regdesk-new-shop.com"));
    assertThat(ordered.domain().status()).isEqualTo(DomainStatus.REGISTER_INIT);
    assertThat(ordered.domain().tld()).isEqualTo("com");
    assertThat(ordered.domain().expiry()).isEmpty();
    assertThat(ordered.domain().id()).isPresent();
    assertThat(ordered.period()).contains(1);
    Money charged = response.charged().orElseThrow();
    assertThat(charged.amount()).isPositive();
    assertThat(balance().amount()).isEqualByComparingTo(before.amount().subtract(charged.amount()));
    assertThat(created("regdesk-new-shop.com")).isEqualTo(1);
  }

  @Test
  void aCreatedDomainBecomesActiveWithAnExpiryOncePeriodYearsAhead() {
    LocalDate createdOn = today(sandbox);
    OrderedDomain ordered =
        client
            .call(
                DomainCreateRequest.builder(DomainName.of("regdesk-lifecycle.com"), anaOwns())
                    .period(Period.ofYears(2))
                    .build())
            .first()
            .orElseThrow();

    sandbox.advanceClock(Duration.ofDays(1));

    DomainStatusInfo active = status("regdesk-lifecycle.com");
    assertThat(active.domain().status()).isEqualTo(DomainStatus.ACTIVE);
    assertThat(active.domain().id()).isEqualTo(ordered.domain().id());
    assertThat(active.created()).contains(createdOn);
    assertThat(active.domain().expiry()).contains(createdOn.plusYears(2));
    assertThat(active.renewable()).isTrue();
  }

  @Test
  void theDomainIdSelectsTheSameDomainAsItsName() {
    OrderedDomain ordered = create("regdesk-by-id.com").first().orElseThrow();

    DomainStatusInfo byId =
        client.call(DomainGetInfoRequest.status(DomainSelector.of(ordered.domain().id().get())));

    assertThat(byId.domain().name()).isEqualTo(DomainName.of("regdesk-by-id.com"));
  }

  @Test
  void anExistingContactNameserversAndSeparateRolesAreKept() {
    ContactInfo owner = client.call(new ContactCreateRequest(ana()));
    DomainContacts contacts =
        DomainContacts.ofOwner(ContactRef.existing(owner.id().orElseThrow()))
            .withTech(ContactRef.inline(luc()));

    client.call(
        DomainCreateRequest.builder(DomainName.of("regdesk-contacts.com"), contacts)
            .nameservers(Nameservers.hosts("ns1.example-dns.net", "ns2.example-dns.net"))
            .build());

    DomainSelector domain = DomainSelector.parse("regdesk-contacts.com");
    DomainContactInfo info = client.call(DomainGetInfoRequest.contacts(domain));
    assertThat(info.owner().flatMap(ContactInfo::id)).isEqualTo(owner.id());
    // the server fills in admin from the owner and billing from admin
    assertThat(info.admin().flatMap(ContactInfo::id)).isEqualTo(owner.id());
    assertThat(info.billing().flatMap(ContactInfo::id)).isEqualTo(owner.id());
    assertThat(info.tech().map(ContactInfo::lastName)).contains("Martin");
    DomainNameserverInfo ns = client.call(DomainGetInfoRequest.nameservers(domain));
    assertThat(ns.nameservers())
        .extracting(n -> n.name())
        .containsExactly(HostName.of("ns1.example-dns.net"), HostName.of("ns2.example-dns.net"));
    assertThat(ns.usesDefaultNameservers()).isFalse();
  }

  @Test
  void aNameAlreadyInTheAccountIs2010AndChargesNothing() {
    create("regdesk-twice.com");
    Money before = balance();

    DomainCreateException.Taken e =
        catchThrowableOfType(DomainCreateException.Taken.class, () -> create("regdesk-twice.com"));

    assertThat(e.errorCode()).isEqualTo(2010);
    assertThat(e.action()).isEqualTo("domain/create");
    assertThat(e.messages()).isNotEmpty();
    assertThat(balance()).isEqualTo(before);
    assertThat(created("regdesk-twice.com")).isEqualTo(1);
  }

  @Test
  void aNameTakenAtAnotherRegistrarIs2010() {
    DomainCreateException.Taken e =
        catchThrowableOfType(DomainCreateException.Taken.class, () -> create("google.com"));

    assertThat(e.errorCode()).isEqualTo(2010);
    assertThat(e).isInstanceOf(DomainCreateException.class).isInstanceOf(DomainException.class);
  }

  @Test
  void aPremiumNameNeedsThePremiumFlag() {
    Money before = balance();

    DomainCreateException.Premium e =
        catchThrowableOfType(DomainCreateException.Premium.class, () -> create("casino.com"));

    assertThat(e.errorCode()).isEqualTo(2011);
    assertThat(e.action()).isEqualTo("domain/create");
    assertThat(e.messages()).isNotEmpty();
    assertThat(balance()).isEqualTo(before);

    sandbox.updateAccount(Map.of("balance", "10000"));
    DomainCreateResponse bought =
        client.call(
            DomainCreateRequest.builder(DomainName.of("casino.com"), anaOwns())
                .premium(true)
                .build());
    assertThat(bought.charged().orElseThrow().amount()).isGreaterThan(new BigDecimal("100"));
    assertThat(created("casino.com")).isEqualTo(1);
  }

  @Test
  void tooLittleBalanceIs1100AndNothingIsCreated() {
    sandbox.updateAccount(Map.of("balance", "1.00"));

    InsufficientBalanceException e =
        catchThrowableOfType(
            InsufficientBalanceException.class, () -> create("regdesk-too-dear.com"));

    assertThat(e.errorCode()).isEqualTo(1100);
    assertThat(e.action()).isEqualTo("domain/create");
    assertThat(e.messages()).isNotEmpty();
    assertThat(balance().amount()).isEqualByComparingTo("1.00");
    catchThrowableOfType(DomainNotFoundException.class, () -> status("regdesk-too-dear.com"));
    assertThat(sandbox.domainState("regdesk-too-dear.com")).isEmpty();
  }

  @Test
  void anUnknownOwnerContactIs3001() {
    ContactException.NotFound e =
        catchThrowableOfType(
            ContactException.NotFound.class,
            () ->
                client.call(
                    DomainCreateRequest.builder(
                            DomainName.of("regdesk-nobody.com"),
                            DomainContacts.ofOwner(ContactRef.existing("ZZZ-999999")))
                        .build()));

    assertThat(e.errorCode()).isEqualTo(3001);
    assertThat(e.action()).isEqualTo("domain/create");
    assertThat(e.messages()).isNotEmpty();
    assertThat(sandbox.domainState("regdesk-nobody.com")).isEmpty();
  }

  @Test
  void ownerDataTheServerRefusesIs3002() {
    ContactData badPostalCode =
        ContactData.builder()
            .type(ana().type())
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
            () ->
                client.call(
                    DomainCreateRequest.builder(
                            DomainName.of("regdesk-bad-owner.com"),
                            DomainContacts.ofOwner(ContactRef.inline(badPostalCode)))
                        .build()));

    assertThat(e.errorCode()).isEqualTo(3002);
    assertThat(e.action()).isEqualTo("domain/create");
    assertThat(e.messages()).isNotEmpty();
    assertThat(sandbox.domainState("regdesk-bad-owner.com")).isEmpty();
  }

  @Test
  void aMissingRegistryFieldIs101NamingIt() {
    SyntaxException.ParameterFault e =
        catchThrowableOfType(
            SyntaxException.ParameterFault.class, () -> create("regdesk-doctor.pro"));

    assertThat(e.errorCode()).isEqualTo(101);
    assertThat(e.action()).isEqualTo("domain/create");
    assertThat(String.join(" ", e.messages())).contains("proProfession");
    assertThat(sandbox.domainState("regdesk-doctor.pro")).isEmpty();

    client.call(
        DomainCreateRequest.builder(DomainName.of("regdesk-doctor.pro"), anaOwns())
            .extras(TldExtras.builder().text(TldExtraField.PRO_PROFESSION, "Doctor").build())
            .build());
    assertThat(created("regdesk-doctor.pro")).isEqualTo(1);
  }

  @Test
  void aPeriodTheZoneDoesNotSellIs105() {
    SyntaxException.InvalidParameter e =
        catchThrowableOfType(
            SyntaxException.InvalidParameter.class,
            () ->
                client.call(
                    DomainCreateRequest.builder(DomainName.of("regdesk-uno.it"), anaOwns())
                        .period(Period.ofYears(5))
                        .build()));

    assertThat(e.errorCode()).isEqualTo(105);
    assertThat(String.join(" ", e.messages())).contains("period");
  }

  @Test
  void aNameThatIsNotRegistrableIs2001AndAnUnsoldTldIs2002() {
    DomainException.InvalidName invalid =
        catchThrowableOfType(
            DomainException.InvalidName.class, () -> create("www.regdesk-shop.com"));
    assertThat(invalid.errorCode()).isEqualTo(2001);
    assertThat(invalid.action()).isEqualTo("domain/create");

    DomainException.TldNotSupported unsold =
        catchThrowableOfType(
            DomainException.TldNotSupported.class, () -> create("regdesk-shop.notatld"));
    assertThat(unsold.errorCode()).isEqualTo(2002);
    assertThat(unsold.action()).isEqualTo("domain/create");
    assertThat(callsOf(sandbox, "domain/create")).hasSize(2);
  }
}
