package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.anaOwns;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.account.AccountInfoRequest;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.domain.DomainRenewResponse;
import org.regdesk.dondominio.client.domain.DomainRenewResponse.RenewedDomain;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.error.DomainRenewException;
import org.regdesk.dondominio.client.error.InsufficientBalanceException;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.Money;
import org.regdesk.dondominio.client.value.Period;
import org.regdesk.dondominio.client.value.RenewalMode;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** {@code domain/renew} and its {@code curExpDate} guard, against the sandbox. */
class DomainRenewTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private static final String NAME = "regdesk-renew.com";
  private static final DomainSelector DOMAIN = DomainSelector.parse(NAME);

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);
  private LocalDate registeredOn;

  /** Registers {@link #NAME} for a year and lets it become active; returns its expiry. */
  private LocalDate activeDomain() {
    registeredOn = today(sandbox);
    client.call(DomainCreateRequest.builder(DomainName.of(NAME), anaOwns()).build());
    sandbox.advanceClock(Duration.ofDays(1));
    return status().domain().expiry().orElseThrow();
  }

  private DomainStatusInfo status() {
    return client.call(DomainGetInfoRequest.status(DOMAIN));
  }

  private int renewals() {
    return sandbox.domainState(NAME).orElseThrow().path("operations").path("renewed").asInt();
  }

  private Money balance() {
    return client.call(new AccountInfoRequest()).balance();
  }

  @Test
  void renewingWithTheCurrentExpiryAddsTheYearsAndCharges() {
    LocalDate expiry = activeDomain();
    assertThat(expiry).isEqualTo(registeredOn.plusYears(1));
    Money before = balance();

    DomainRenewResponse response =
        client.call(DomainRenewRequest.of(DOMAIN, expiry, Period.ofYears(2)));

    RenewedDomain renewed = response.first().orElseThrow();
    assertThat(renewed.domain().name()).isEqualTo(DomainName.of(NAME));
    assertThat(renewed.domain().status()).isEqualTo(DomainStatus.RENEWED);
    assertThat(renewed.renewPeriod()).contains(2);
    Money charged = response.charged().orElseThrow();
    assertThat(balance().amount()).isEqualByComparingTo(before.amount().subtract(charged.amount()));
    assertThat(status().domain().expiry()).contains(expiry.plusYears(2));
    assertThat(renewals()).isEqualTo(1);
  }

  @Test
  void theRenewedStatusSettlesBackToActive() {
    LocalDate expiry = activeDomain();
    client.call(DomainRenewRequest.of(DOMAIN, expiry));

    sandbox.advanceClock(Duration.ofDays(1));

    assertThat(status().domain().status()).isEqualTo(DomainStatus.ACTIVE);
    assertThat(status().domain().expiry()).contains(expiry.plusYears(1));
  }

  @Test
  void aStaleExpiryIs2100SoARenewalIsNeverDoneTwice() {
    LocalDate expiry = activeDomain();
    client.call(DomainRenewRequest.of(DOMAIN, expiry));
    Money before = balance();

    // a caller that lost the first answer and tries again with the date it had
    DomainRenewException e =
        catchThrowableOfType(
            DomainRenewException.class, () -> client.call(DomainRenewRequest.of(DOMAIN, expiry)));

    assertThat(e.getClass()).isEqualTo(DomainRenewException.class);
    assertThat(e.errorCode()).isEqualTo(2100);
    assertThat(e.action()).isEqualTo("domain/renew");
    assertThat(e.messages()).isNotEmpty();
    assertThat(renewals()).isEqualTo(1);
    assertThat(balance()).isEqualTo(before);
    assertThat(status().domain().expiry()).contains(expiry.plusYears(1));
  }

  @Test
  void aDomainStillBeingRegisteredIs2101() {
    client.call(DomainCreateRequest.builder(DomainName.of(NAME), anaOwns()).build());

    DomainRenewException.NotAllowed e =
        catchThrowableOfType(
            DomainRenewException.NotAllowed.class,
            () -> client.call(DomainRenewRequest.of(DOMAIN, today(sandbox).plusYears(1))));

    assertThat(e.errorCode()).isEqualTo(2101);
    assertThat(e.action()).isEqualTo("domain/renew");
  }

  @Test
  void tooLittleBalanceIs1100AndTheExpiryStays() {
    LocalDate expiry = activeDomain();
    sandbox.updateAccount(Map.of("balance", "2.00"));

    InsufficientBalanceException e =
        catchThrowableOfType(
            InsufficientBalanceException.class,
            () -> client.call(DomainRenewRequest.of(DOMAIN, expiry)));

    assertThat(e.errorCode()).isEqualTo(1100);
    assertThat(e.action()).isEqualTo("domain/renew");
    assertThat(status().domain().expiry()).contains(expiry);
    assertThat(renewals()).isZero();
  }

  @Test
  void anExpiredDomainInItsGracePeriodCanStillBeRenewed() {
    LocalDate expiry = activeDomain();
    client.call(DomainUpdateRequest.renewalMode(DOMAIN, RenewalMode.MANUAL));
    sandbox.advanceClock(Duration.ofDays(370));
    assertThat(status().domain().status()).isEqualTo(DomainStatus.EXPIRED_RENEW_GRACE);

    client.call(DomainRenewRequest.of(DOMAIN, expiry));

    assertThat(status().domain().expiry()).contains(expiry.plusYears(1));
  }
}
