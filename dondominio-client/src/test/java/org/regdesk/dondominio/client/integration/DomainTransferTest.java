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
import org.regdesk.dondominio.client.domain.DomainNameserverInfo;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainSummary;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.domain.DomainTransferResponse;
import org.regdesk.dondominio.client.domain.DomainTransferRestartRequest;
import org.regdesk.dondominio.client.domain.OrderedDomain;
import org.regdesk.dondominio.client.error.DomainException;
import org.regdesk.dondominio.client.error.InsufficientBalanceException;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.FoaContact;
import org.regdesk.dondominio.client.value.Money;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** {@code domain/transfer}, {@code domain/transferrestart} and the transfer life cycle. */
class DomainTransferTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  /** Characters that need form encoding, so a client that forgets to encode fails here. */
  private static final String CODE = "Xf7#q+9*&=Zr";

  private static final String FOREIGN = "regdesk-elsewhere.com";

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);
  private final LocalDate foreignExpiry = today(sandbox).plusDays(200);

  private void holdElsewhere(String name) {
    sandbox.addForeignDomain(
        Map.of("domain", name, "authcode", CODE, "expiry", foreignExpiry.toString()));
  }

  private DomainTransferResponse transfer(String name, String code) {
    return client.call(
        DomainTransferRequest.builder(DomainName.of(name), anaOwns())
            .authcode(AuthCode.of(code))
            .foaContact(FoaContact.OWNER)
            .build());
  }

  private DomainStatusInfo status(String name) {
    return client.call(DomainGetInfoRequest.status(DomainSelector.parse(name)));
  }

  private Money balance() {
    return client.call(new AccountInfoRequest()).balance();
  }

  @Test
  void aForeignDomainTransfersInWithItsAuthCodeAndBecomesActive() {
    holdElsewhere(FOREIGN);
    Money before = balance();

    DomainTransferResponse response = transfer(FOREIGN, CODE);

    OrderedDomain ordered = response.first().orElseThrow();
    assertThat(ordered.domain().name()).isEqualTo(DomainName.of(FOREIGN));
    assertThat(ordered.domain().status())
        .isIn(DomainStatus.TRANSFER_INIT, DomainStatus.TRANSFER_PENDING);
    assertThat(ordered.domain().id()).isPresent();
    Money charged = response.charged().orElseThrow();
    assertThat(balance().amount()).isEqualByComparingTo(before.amount().subtract(charged.amount()));

    sandbox.advanceClock(Duration.ofMinutes(10));
    assertThat(status(FOREIGN).domain().status()).isEqualTo(DomainStatus.TRANSFER_PENDING);

    sandbox.advanceClock(Duration.ofDays(6));
    DomainStatusInfo active = status(FOREIGN);
    assertThat(active.domain().status()).isEqualTo(DomainStatus.ACTIVE);
    assertThat(active.domain().id()).isEqualTo(ordered.domain().id());
    assertThat(active.domain().expiry()).contains(foreignExpiry.plusYears(1));
    assertThat(
            sandbox
                .domainState(FOREIGN)
                .orElseThrow()
                .path("operations")
                .path("transferred")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void keepingTheCurrentNameserversKeepsThem() {
    holdElsewhere(FOREIGN);

    client.call(
        DomainTransferRequest.builder(DomainName.of(FOREIGN), anaOwns())
            .authcode(AuthCode.of(CODE))
            .nameservers(Nameservers.keepCurrent())
            .build());

    DomainNameserverInfo ns =
        client.call(DomainGetInfoRequest.nameservers(DomainSelector.parse(FOREIGN)));
    assertThat(ns.nameservers()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(ns.usesDefaultNameservers()).isFalse();
  }

  @Test
  void aWrongCodeWaitsForARestartWithTheRightOne() {
    holdElsewhere(FOREIGN);
    transfer(FOREIGN, "not-the-code");
    sandbox.advanceClock(Duration.ofMinutes(10));
    assertThat(status(FOREIGN).domain().status()).isEqualTo(DomainStatus.TRANSFER_INIT);

    DomainSummary restarted =
        client.call(
            DomainTransferRestartRequest.withAuthcode(
                DomainSelector.parse(FOREIGN), AuthCode.of(CODE)));

    assertThat(restarted.name()).isEqualTo(DomainName.of(FOREIGN));
    assertThat(restarted.status()).isIn(DomainStatus.TRANSFER_INIT, DomainStatus.TRANSFER_PENDING);
    sandbox.advanceClock(Duration.ofMinutes(10));
    assertThat(status(FOREIGN).domain().status()).isEqualTo(DomainStatus.TRANSFER_PENDING);
    assertThat(sandbox.domainState(FOREIGN).orElseThrow().path("transferAuthcode").asString())
        .isEqualTo(CODE);
  }

  @Test
  void restartingATransferOfAnActiveDomainIs2012() {
    client.call(DomainCreateRequest.builder(DomainName.of("regdesk-mine.com"), anaOwns()).build());
    sandbox.advanceClock(Duration.ofDays(1));

    DomainException.TransferError e =
        catchThrowableOfType(
            DomainException.TransferError.class,
            () ->
                client.call(
                    DomainTransferRestartRequest.of(DomainSelector.parse("regdesk-mine.com"))));

    assertThat(e.errorCode()).isEqualTo(2012);
    assertThat(e.action()).isEqualTo("domain/transferrestart");
    assertThat(e.messages()).isNotEmpty();
  }

  @Test
  void aDomainAlreadyInTheAccountIs2005DomainInTheSystem() {
    client.call(DomainCreateRequest.builder(DomainName.of("regdesk-mine.com"), anaOwns()).build());
    Money before = balance();

    DomainException.TransferNotAllowed e =
        catchThrowableOfType(
            DomainException.TransferNotAllowed.class, () -> transfer("regdesk-mine.com", CODE));

    assertThat(e.errorCode()).isEqualTo(2005);
    assertThat(e.action()).isEqualTo("domain/transfer");
    assertThat(e.messages()).contains("Domain in the system");
    assertThat(e.getMessage()).contains("Domain in the system").doesNotContain(CODE);
    assertThat(balance()).isEqualTo(before);
  }

  @Test
  void aRegistrarThatRefusesTransfersIs2005() {
    DomainException.TransferNotAllowed e =
        catchThrowableOfType(
            DomainException.TransferNotAllowed.class, () -> transfer("google.com", CODE));

    assertThat(e.errorCode()).isEqualTo(2005);
    assertThat(e.messages()).isNotEmpty();
    assertThat(e.getMessage()).doesNotContain(CODE);
  }

  @Test
  void tooLittleBalanceIs1100AndNothingMoves() {
    holdElsewhere(FOREIGN);
    sandbox.updateAccount(Map.of("balance", "0.50"));

    InsufficientBalanceException e =
        catchThrowableOfType(InsufficientBalanceException.class, () -> transfer(FOREIGN, CODE));

    assertThat(e.errorCode()).isEqualTo(1100);
    assertThat(e.action()).isEqualTo("domain/transfer");
    assertThat(e.getMessage()).doesNotContain(CODE);
    assertThat(sandbox.domainState(FOREIGN).orElseThrow().path("status").asString())
        .isEqualTo("foreign");
  }
}
