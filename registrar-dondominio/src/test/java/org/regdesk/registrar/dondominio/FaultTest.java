package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.SandboxControl;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.audit.CallOutcome;
import org.regdesk.registrar.spi.error.InsufficientFundsException;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.OutcomeUnknownException;
import org.regdesk.registrar.spi.error.UnavailableException;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Period;

/**
 * The sandbox's faults: a lost answer after the registrar acted ({@code apply-then-drop}), a server
 * error ({@code http500}), a dropped connection ({@code reset}) and an API error ({@code error}). A
 * charged operation is never sent twice, and a retry after a lost answer succeeds.
 */
class FaultTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .build();

  private static final DomainName SHOP = DomainName.of("corner-shop", "com");

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

  private static RegisterRequest order() {
    return RegisterRequest.builder(SHOP, Period.ofYears(1), People.all(People.ana())).build();
  }

  @Test
  void a_create_whose_answer_is_lost_is_outcome_unknown_and_the_retry_does_not_create_again()
      throws Exception {
    BigDecimal before = balance();
    sandbox.fault(Fault.applyThenDrop("domain/create"));

    assertThatThrownBy(() -> registrar.register(order()))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(audit.calls("domain/create"))
        .singleElement()
        .satisfies(call -> assertThat(call.outcome()).isEqualTo(CallOutcome.OUTCOME_UNKNOWN));

    ProvisioningResult retried = registrar.register(order());

    assertThat(retried.domain().name()).isEqualTo(SHOP);
    assertThat(retried.domain().status()).isEqualTo(DomainStatus.REGISTRATION_PENDING);
    assertThat(retried.charged()).isEmpty();
    assertThat(TestRegistrars.calls(sandbox, "domain/create")).hasSize(1);
    assertThat(registrar.listDomains(DomainListRequest.first(100)).domains())
        .singleElement()
        .satisfies(domain -> assertThat(domain.name()).isEqualTo(SHOP));
    assertThat(balance()).isEqualByComparingTo(before.subtract(new BigDecimal("9.95")));
  }

  @Test
  void a_server_error_on_create_is_outcome_unknown_and_the_retry_registers_once() throws Exception {
    sandbox.fault(Fault.http500("domain/create"));

    assertThatThrownBy(() -> registrar.register(order()))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(registrar.listDomains(DomainListRequest.first(100)).domains()).isEmpty();

    ProvisioningResult retried = registrar.register(order());

    assertThat(retried.charged()).contains(Money.of("9.95", "EUR"));
    assertThat(
            TestRegistrars.calls(sandbox, "domain/create").stream()
                .filter(call -> call.fault().isEmpty()))
        .hasSize(1);
  }

  @Test
  void a_dropped_connection_on_a_read_is_unavailable_never_not_found() throws Exception {
    registrar.register(order());
    sandbox.fault(Fault.reset("domain/getinfo").times(3));

    assertThatThrownBy(() -> registrar.getDomain(SHOP))
        .isInstanceOf(UnavailableException.class)
        .isNotInstanceOf(NotFoundException.class);

    assertThat(registrar.getDomain(SHOP).name()).isEqualTo(SHOP);
  }

  @Test
  void a_dropped_connection_on_create_is_outcome_unknown_and_the_lookup_settles_it()
      throws Exception {
    sandbox.fault(Fault.reset("domain/create"));

    assertThatThrownBy(() -> registrar.register(order()))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThatThrownBy(() -> registrar.getDomain(SHOP)).isInstanceOf(NotFoundException.class);

    assertThat(registrar.register(order()).charged()).isPresent();
  }

  @Test
  void an_api_error_is_mapped_with_its_code_and_nothing_is_registered() throws Exception {
    sandbox.fault(Fault.error("domain/create", 1100));

    assertThatThrownBy(() -> registrar.register(order()))
        .isInstanceOfSatisfying(
            InsufficientFundsException.class, e -> assertThat(e.registrarCode()).contains("1100"));
    assertThat(audit.calls("domain/create"))
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.outcome()).isEqualTo(CallOutcome.INSUFFICIENT_FUNDS);
              assertThat(call.registrarCode()).contains("1100");
            });
    assertThat(registrar.listDomains(DomainListRequest.first(100)).domains()).isEmpty();
  }

  @Test
  void a_renewal_whose_answer_is_lost_is_not_charged_twice() throws Exception {
    registrar.register(order());
    sandbox.clock().advance(Duration.ofMinutes(3));
    LocalDate expiry = registrar.getDomain(SHOP).expires().orElseThrow();
    RenewRequest renew = new RenewRequest(SHOP, Period.ofYears(2), expiry);
    BigDecimal before = balance();
    sandbox.fault(Fault.applyThenDrop("domain/renew"));

    assertThatThrownBy(() -> registrar.renew(renew)).isInstanceOf(OutcomeUnknownException.class);
    ProvisioningResult retried = registrar.renew(renew);

    assertThat(retried.domain().expires()).contains(expiry.plusYears(2));
    assertThat(retried.charged()).isEmpty();
    assertThat(TestRegistrars.calls(sandbox, "domain/renew")).hasSize(1);
    assertThat(balance()).isEqualByComparingTo(before.subtract(new BigDecimal("23.00")));
  }

  @Test
  void a_transfer_whose_answer_is_lost_is_not_started_twice() throws Exception {
    DomainName elsewhere = DomainName.of("moving-in", "com");
    SandboxControl.addForeignDomain(sandbox, "moving-in.com", "XfR-2024");
    TransferRequest transfer =
        TransferRequest.builder(elsewhere, AuthCode.of("XfR-2024"), People.all(People.ana()))
            .build();
    sandbox.fault(Fault.applyThenDrop("domain/transfer"));

    assertThatThrownBy(() -> registrar.transfer(transfer))
        .isInstanceOf(OutcomeUnknownException.class);
    ProvisioningResult retried = registrar.transfer(transfer);

    assertThat(retried.domain().status()).isEqualTo(DomainStatus.TRANSFER_PENDING);
    assertThat(retried.charged()).isEmpty();
    assertThat(TestRegistrars.calls(sandbox, "domain/transfer")).hasSize(1);
    DomainSnapshot snapshot = registrar.getDomain(elsewhere);
    assertThat(snapshot.status()).isEqualTo(DomainStatus.TRANSFER_PENDING);
  }

  private BigDecimal balance() {
    return registrar.testConnection().balance().map(Money::amount).orElseThrow();
  }
}
