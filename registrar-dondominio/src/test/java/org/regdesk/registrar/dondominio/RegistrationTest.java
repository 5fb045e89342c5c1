package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.SandboxControl;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.InsufficientFundsException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.RoleContact;

class RegistrationTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .build();

  private final RecordingAudit audit = new RecordingAudit();
  private Sandbox sandbox;
  private Registrar registrar;

  @BeforeEach
  void start() {
    sandbox = SANDBOX.get();
    registrar = TestRegistrars.create(sandbox, audit);
  }

  @AfterEach
  void stop() {
    registrar.close();
  }

  private static RegisterRequest.Builder order(String name, String tld) {
    return order(name, tld, 2);
  }

  private static RegisterRequest.Builder order(String name, String tld, int years) {
    return RegisterRequest.builder(
        DomainName.of(name, tld), Period.ofYears(years), People.all(People.ana()));
  }

  @Test
  void registers_a_domain_charging_once_and_setting_manual_renewal() throws Exception {
    BigDecimal before = balance();

    ProvisioningResult result =
        registrar.register(
            order("green-bakery", "com")
                .nameservers(Nameservers.of("ns1.example-dns.net", "ns2.example-dns.net"))
                .build());

    DomainSnapshot snapshot = result.domain();
    assertThat(snapshot.status()).isEqualTo(DomainStatus.REGISTRATION_PENDING);
    assertThat(snapshot.registrarStatus()).isEqualTo("register-init");
    assertThat(snapshot.registrarDomainId()).isPresent();
    assertThat(snapshot.renewalMode()).contains(RenewalMode.MANUAL);
    assertThat(result.charged()).contains(Money.of("19.90", "EUR"));
    assertThat(balance()).isEqualByComparingTo(before.subtract(new BigDecimal("19.90")));

    ApiCall create = TestRegistrars.calls(sandbox, "domain/create").get(0);
    assertThat(create.parameters())
        .containsEntry("domain", "green-bakery.com")
        .containsEntry("period", "2")
        .containsEntry("nameservers", "ns1.example-dns.net,ns2.example-dns.net")
        .containsEntry("ownerContactIdentNumber", "12345678Z")
        .containsEntry("ownerContactPhone", "+34.600111222")
        .containsEntry("ownerContactAddress", "Calle Mayor 1\r\nPiso 2")
        .doesNotContainKey("premium");
    ApiCall renewalMode = TestRegistrars.calls(sandbox, "domain/update").get(0);
    assertThat(renewalMode.parameters())
        .containsEntry("updateType", "renewalMode")
        .containsEntry("renewalMode", "manual");

    sandbox.clock().advance(Duration.ofMinutes(3));
    DomainSnapshot later = registrar.getDomain(DomainName.of("green-bakery", "com"));
    assertThat(later.status()).isEqualTo(DomainStatus.ACTIVE);
    assertThat(later.expires()).contains(LocalDate.of(2028, 3, 2));
    assertThat(later.renewalMode()).contains(RenewalMode.MANUAL);
    assertThat(later.nameservers().orElseThrow().hosts())
        .extracting(Object::toString)
        .containsExactly("ns1.example-dns.net", "ns2.example-dns.net");
    assertThat(later.contacts().owner().orElseThrow().addressLine2()).isEqualTo("Piso 2");
  }

  @Test
  void uses_the_default_nameservers_setting_and_turns_privacy_on_when_asked() throws Exception {
    registrar.close();
    registrar =
        TestRegistrars.create(
            sandbox,
            Map.of(
                SettingKeys.DEFAULT_NAMESERVERS, "ns1.hosting.example, ns2.hosting.example",
                SettingKeys.NEW_DOMAIN_RENEWAL_MODE, "LET_EXPIRE"),
            audit);

    ProvisioningResult result =
        registrar.register(order("sol-studio", "net").privacy(true).build());

    assertThat(TestRegistrars.calls(sandbox, "domain/create").get(0).parameters())
        .containsEntry("nameservers", "ns1.hosting.example,ns2.hosting.example");
    assertThat(result.domain().renewalMode()).contains(RenewalMode.LET_EXPIRE);
    assertThat(result.domain().privacy()).contains(true);
    DomainSnapshot read = registrar.getDomain(DomainName.of("sol-studio", "net"));
    assertThat(read.privacy()).contains(true);
    assertThat(read.renewalMode()).contains(RenewalMode.LET_EXPIRE);
  }

  @Test
  void an_order_asking_for_automatic_renewal_gets_it() throws Exception {
    ProvisioningResult result =
        registrar.register(
            order("auto-renewing", "org").renewalMode(RenewalMode.AUTO_RENEW).build());

    assertThat(result.domain().renewalMode()).contains(RenewalMode.AUTO_RENEW);
  }

  @Test
  void refuses_a_taken_name_and_charges_nothing() throws Exception {
    BigDecimal before = balance();

    assertThatThrownBy(() -> registrar.register(order("google", "com").build()))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.customerMessage()).isEqualTo("The domain is already registered.");
              assertThat(e.registrarCode()).contains("2010");
            });
    // one create, refused by DonDominio: no look-up first, no second try
    assertThat(TestRegistrars.calls(sandbox, "domain/create")).hasSize(1);
    assertThat(TestRegistrars.calls(sandbox, "domain/check")).isEmpty();
    assertThat(balance()).isEqualByComparingTo(before);
  }

  @Test
  void an_ordinary_registration_is_a_single_call_when_the_desk_sets_renewal_and_privacy_itself()
      throws Exception {
    ProvisioningResult result =
        registrar.register(order("one-call", "com").privacy(true).deferSettings().build());

    assertThat(result.domain().status()).isEqualTo(DomainStatus.REGISTRATION_PENDING);
    assertThat(sandbox.calls().stream().map(ApiCall::action).toList())
        .containsExactly("domain/create");
  }

  @Test
  void refuses_premium_names_unless_allowed_and_the_live_price_is_accepted() throws Exception {
    SandboxControl.account(sandbox, Map.of("balance", "3000"));
    assertThatThrownBy(() -> registrar.register(order("casino", "com").build()))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.customerMessage()).contains("premium domain, which is not offered"));

    registrar.close();
    registrar = TestRegistrars.create(sandbox, Map.of(SettingKeys.ALLOW_PREMIUM, "true"), audit);
    assertThatThrownBy(() -> registrar.register(order("casino", "com").build()))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.customerMessage()).contains("price must be accepted"));
    assertThatThrownBy(
            () ->
                registrar.register(
                    order("casino", "com").acceptPremiumPrice(Money.of("2400", "EUR")).build()))
        .isInstanceOf(RejectedException.class);
    // refused creates (2011) and a refused live-price check: nothing charged, nothing held
    assertThat(TestRegistrars.calls(sandbox, "domain/create")).hasSize(2);
    assertThat(balance()).isEqualByComparingTo("3000");

    ProvisioningResult result =
        registrar.register(
            order("casino", "com", 1).acceptPremiumPrice(Money.of("2500.00", "EUR")).build());

    assertThat(result.charged()).contains(Money.of("2500", "EUR"));
    assertThat(TestRegistrars.calls(sandbox, "domain/create").get(2).parameters())
        .containsEntry("premium", "1");
  }

  @Test
  void a_short_balance_is_insufficient_funds_and_nothing_is_registered() throws Exception {
    SandboxControl.account(sandbox, Map.of("balance", "5"));

    assertThatThrownBy(() -> registrar.register(order("cheap-shop", "com").build()))
        .isInstanceOfSatisfying(
            InsufficientFundsException.class, e -> assertThat(e.registrarCode()).contains("1100"));
    assertThat(
            registrar
                .listDomains(org.regdesk.registrar.spi.operation.DomainListRequest.first(10))
                .domains())
        .isEmpty();
  }

  @Test
  void organisations_are_sent_as_organisations_with_their_spanish_legal_form() throws Exception {
    registrar.register(
        RegisterRequest.builder(
                DomainName.of("panaderia-sol", "es"),
                Period.ofYears(1),
                Contacts.of(
                    RoleContact.of(People.bakery()),
                    RoleContact.of(People.ana()),
                    RoleContact.of(People.ana()),
                    RoleContact.of(People.ana())))
            .build());

    Map<String, String> sent = TestRegistrars.calls(sandbox, "domain/create").get(0).parameters();
    assertThat(sent)
        .containsEntry("ownerContactType", "organization")
        .containsEntry("ownerContactOrgName", "Panadería Sol S.L.")
        .containsEntry("ownerContactOrgType", "612")
        .containsEntry("ownerContactIdentNumber", "B12345674")
        .containsEntry("adminContactType", "individual")
        .doesNotContainKey("adminContactOrgType");
    assertThat(
            registrar
                .getContacts(DomainName.of("panaderia-sol", "es"))
                .owner()
                .orElseThrow()
                .organisationName())
        .isEqualTo("Panadería Sol S.L.");
  }

  @Test
  void phones_are_normalised_and_the_customer_vat_number_fills_a_missing_identity()
      throws Exception {
    registrar.register(
        RegisterRequest.builder(
                DomainName.of("london-bakery", "com"),
                Period.ofYears(1),
                People.all(People.oliver()))
            .build());
    assertThat(TestRegistrars.calls(sandbox, "domain/create").get(0).parameters())
        .containsEntry("ownerContactPhone", "+44.2079460018")
        .containsEntry("ownerContactAddress", "1 High Street\r\nFlat 3");

    registrar.register(
        RegisterRequest.builder(
                DomainName.of("vat-number", "com"),
                Period.ofYears(1),
                People.all(People.anaWithoutIdentity()))
            .tldFields(
                new org.regdesk.registrar.spi.value.TldFieldValues(
                    Map.of(),
                    Map.of(
                        org.regdesk.registrar.spi.value.CustomerField.IDENTITY_NUMBER,
                        "ESX1234567L")))
            .build());
    assertThat(TestRegistrars.calls(sandbox, "domain/create").get(1).parameters())
        .containsEntry("ownerContactIdentNumber", "ESX1234567L")
        .containsEntry("techContactIdentNumber", "ESX1234567L");
  }

  private BigDecimal balance() {
    return registrar.testConnection().balance().map(Money::amount).orElseThrow();
  }
}
