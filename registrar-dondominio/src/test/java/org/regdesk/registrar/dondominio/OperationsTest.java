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
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.SandboxControl;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.ActionRequest;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.NameserverState;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.RenewRequest;
import org.regdesk.registrar.spi.operation.RestartTransferRequest;
import org.regdesk.registrar.spi.operation.TransferEligibility;
import org.regdesk.registrar.spi.operation.TransferProgress;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.DsRecord;
import org.regdesk.registrar.spi.value.GlueRecord;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RenewalMode;

/** Every management operation on a domain in the account, against the sandbox. */
class OperationsTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .build();

  private static final DomainName SHOP = DomainName.of("corner-shop", "com");
  private static final String DS_DIGEST =
      "2bb183af5f22588179a53b0a98631fad1a292118a0d8b8e1c2c7c8c3b6a9e0f1";

  private final RecordingAudit audit = new RecordingAudit();
  private Sandbox sandbox;
  private Registrar registrar;

  @BeforeEach
  void registerAndActivate() throws Exception {
    sandbox = SANDBOX.get();
    registrar = TestRegistrars.create(sandbox, audit);
    registrar.register(
        RegisterRequest.builder(SHOP, Period.ofYears(1), People.all(People.ana())).build());
    sandbox.clock().advance(Duration.ofMinutes(3));
  }

  @AfterEach
  void stop() {
    registrar.close();
  }

  @Test
  void nameservers_are_read_and_replaced_including_the_registrar_default() throws Exception {
    assertThat(registrar.getNameservers(SHOP).usesRegistrarDefault()).isTrue();

    registrar.setNameservers(SHOP, Nameservers.of("ns1.example-dns.net", "ns2.example-dns.net"));
    NameserverState own = registrar.getNameservers(SHOP);
    assertThat(own.usesRegistrarDefault()).isFalse();
    assertThat(own.hosts())
        .containsExactly(HostName.of("ns1.example-dns.net"), HostName.of("ns2.example-dns.net"));

    registrar.setNameservers(SHOP, Nameservers.registrarDefault());
    assertThat(TestRegistrars.calls(sandbox, "domain/updatenameservers").get(1).parameters())
        .containsEntry("nameservers", "default");
    assertThat(registrar.getNameservers(SHOP).usesRegistrarDefault()).isTrue();
  }

  @Test
  void glue_records_are_created_updated_and_deleted_with_ipv4_and_ipv6() throws Exception {
    registrar.createGlueRecord(
        GlueRecord.of(SHOP, "ns1.corner-shop.com", "203.0.113.10", "2001:db8::10"));
    assertThat(registrar.listGlueRecords(SHOP))
        .singleElement()
        .satisfies(
            glue -> {
              assertThat(glue.ipv4Text()).contains("203.0.113.10");
              assertThat(glue.ipv6Text()).contains("2001:db8::10");
            });

    registrar.updateGlueRecord(GlueRecord.of(SHOP, "ns1.corner-shop.com", "203.0.113.20", null));
    assertThat(registrar.listGlueRecords(SHOP))
        .singleElement()
        .satisfies(glue -> assertThat(glue.ipv4Text()).contains("203.0.113.20"));

    registrar.deleteGlueRecord(SHOP, HostName.of("ns1.corner-shop.com"));
    assertThat(registrar.listGlueRecords(SHOP)).isEmpty();
    assertThatThrownBy(() -> registrar.deleteGlueRecord(SHOP, HostName.of("ns1.corner-shop.com")))
        .isInstanceOf(NotFoundException.class);
    assertThat(TestRegistrars.calls(sandbox, "domain/gluerecorddelete")).hasSize(1);
  }

  @Test
  void the_registrar_lock_is_read_and_set_and_unsupported_for_es() throws Exception {
    assertThat(registrar.getLock(SHOP)).isTrue();
    registrar.setLock(SHOP, false);
    assertThat(registrar.getLock(SHOP)).isFalse();
    assertThat(registrar.getDomain(SHOP).transferLock()).contains(false);

    int callsBefore = sandbox.calls().size();
    assertThatThrownBy(() -> registrar.getLock(DomainName.of("tienda", "es")))
        .isInstanceOf(NotSupportedException.class);
    assertThatThrownBy(() -> registrar.setLock(DomainName.of("tienda", "com.es"), true))
        .isInstanceOf(NotSupportedException.class);
    assertThat(sandbox.calls()).hasSize(callsBefore);
  }

  @Test
  void auth_code_privacy_and_renewal_mode() throws Exception {
    AuthCode code = registrar.getAuthCode(SHOP);
    assertThat(code.value()).hasSize(14);
    assertThat(code.toString()).doesNotContain(code.value());

    registrar.setPrivacy(SHOP, true);
    registrar.setRenewalMode(SHOP, RenewalMode.LET_EXPIRE);
    DomainSnapshot snapshot = registrar.getDomain(SHOP);
    assertThat(snapshot.privacy()).contains(true);
    assertThat(snapshot.renewalMode()).contains(RenewalMode.LET_EXPIRE);
    registrar.setPrivacy(SHOP, false);
    assertThat(registrar.getDomain(SHOP).privacy()).contains(false);
  }

  @Test
  void ds_records_are_listed_added_and_removed() throws Exception {
    DsRecord record = DsRecord.of(12345, 13, 2, DS_DIGEST);
    assertThat(registrar.listDsRecords(SHOP)).isEmpty();

    registrar.addDsRecord(SHOP, record);
    assertThat(registrar.listDsRecords(SHOP)).containsExactly(record);

    registrar.removeDsRecord(SHOP, record);
    assertThat(registrar.listDsRecords(SHOP)).isEmpty();
    assertThatThrownBy(() -> registrar.removeDsRecord(SHOP, record))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void renewal_reads_the_expiry_sends_it_and_refuses_a_stale_one() throws Exception {
    LocalDate expiry = registrar.getDomain(SHOP).expires().orElseThrow();

    assertThatThrownBy(
            () -> registrar.renew(new RenewRequest(SHOP, Period.ofYears(1), expiry.minusYears(2))))
        .isInstanceOf(RejectedException.class);
    // An expiry one period past the caller's means the renewal asked for already happened.
    ProvisioningResult alreadyDone =
        registrar.renew(new RenewRequest(SHOP, Period.ofYears(1), expiry.minusYears(1)));
    assertThat(alreadyDone.charged()).isEmpty();
    assertThat(TestRegistrars.calls(sandbox, "domain/renew")).isEmpty();

    ProvisioningResult renewed = registrar.renew(new RenewRequest(SHOP, Period.ofYears(1), expiry));
    assertThat(renewed.domain().expires()).contains(expiry.plusYears(1));
    assertThat(renewed.charged()).contains(Money.of("11.50", "EUR"));
    assertThat(TestRegistrars.calls(sandbox, "domain/renew").get(0).parameters())
        .containsEntry("curExpDate", expiry.toString());
  }

  @Test
  void transfers_in_with_the_auth_code_keeping_the_nameservers_until_completed() throws Exception {
    DomainName incoming = DomainName.of("moving-in", "net");
    SandboxControl.addForeignDomain(sandbox, "moving-in.net", "Code#2024+x");

    TransferEligibility eligibility = registrar.checkTransferEligibility(incoming);
    assertThat(eligibility.eligible()).isTrue();
    assertThat(eligibility.price()).contains(Money.of("11.50", "EUR"));
    TransferEligibility taken = registrar.checkTransferEligibility(DomainName.of("google", "net"));
    assertThat(taken.eligible()).isFalse();
    assertThat(taken.reasons()).isNotEmpty();

    ProvisioningResult started =
        registrar.transfer(
            TransferRequest.builder(incoming, AuthCode.of("Code#2024+x"), People.all(People.ana()))
                .foaRecipient(ContactRole.ADMIN)
                .build());
    assertThat(started.domain().status()).isEqualTo(DomainStatus.TRANSFER_PENDING);
    assertThat(started.charged()).contains(Money.of("11.50", "EUR"));
    Map<String, String> sent = TestRegistrars.calls(sandbox, "domain/transfer").get(0).parameters();
    assertThat(sent).containsEntry("nameservers", "keepns").containsEntry("foacontact", "admin");
    assertThat(registrar.transferStatus(incoming).progress()).isEqualTo(TransferProgress.PENDING);

    sandbox.clock().advance(Duration.ofMinutes(6));
    sandbox.clock().advance(Duration.ofDays(5));
    assertThat(registrar.transferStatus(incoming).progress()).isEqualTo(TransferProgress.COMPLETED);
    DomainSnapshot arrived = registrar.getDomain(incoming);
    assertThat(arrived.status()).isEqualTo(DomainStatus.ACTIVE);
    assertThat(arrived.renewalMode()).contains(RenewalMode.MANUAL);
  }

  @Test
  void a_transfer_with_a_wrong_code_waits_and_is_restarted_with_the_right_one() throws Exception {
    DomainName incoming = DomainName.of("wrong-code", "org");
    SandboxControl.addForeignDomain(sandbox, "wrong-code.org", "RIGHT-1");
    registrar.transfer(
        TransferRequest.builder(incoming, AuthCode.of("WRONG-2"), People.all(People.ana()))
            .build());
    sandbox.clock().advance(Duration.ofMinutes(6));
    assertThat(registrar.transferStatus(incoming).registrarStatus()).isEqualTo("transfer-init");

    registrar.restartTransfer(
        new RestartTransferRequest(
            incoming, java.util.Optional.of(AuthCode.of("RIGHT-1")), java.util.Optional.empty()));
    sandbox.clock().advance(Duration.ofMinutes(6));

    assertThat(registrar.transferStatus(incoming).registrarStatus()).isEqualTo("transfer-pending");
  }

  @Test
  void the_connection_test_reports_balance_environment_and_refused_credentials() {
    var report = registrar.testConnection();
    assertThat(report.isOk()).isTrue();
    assertThat(report.environment()).isEqualTo("sandbox");
    assertThat(report.production()).isFalse();
    assertThat(report.balance().orElseThrow().amount()).isLessThan(new BigDecimal("1000"));
    assertThat(report.lowBalanceThreshold()).contains(Money.of("50", "EUR"));

    Registrar wrongKey =
        TestRegistrars.create(
            sandbox,
            Map.of(org.regdesk.registrar.dondominio.config.SettingKeys.API_KEY, "nope"),
            audit);
    var refused = wrongKey.testConnection();
    assertThat(refused.reachable()).isTrue();
    assertThat(refused.authenticated()).isFalse();
    assertThat(refused.detail().orElseThrow()).doesNotContain("nope");
    wrongKey.close();

    Registrar nowhere =
        TestRegistrars.create(
            sandbox,
            Map.of(
                org.regdesk.registrar.dondominio.config.SettingKeys.SANDBOX_URL,
                "http://127.0.0.1:1/"),
            audit);
    assertThat(nowhere.testConnection().reachable()).isFalse();
    nowhere.close();
  }

  @Test
  void the_resend_verification_action_sends_the_owner_mail() throws Exception {
    var result = registrar.performAction(new ActionRequest("resend-verification", SHOP, Map.of()));
    assertThat(result.message()).contains("verification mail");
    assertThat(TestRegistrars.calls(sandbox, "domain/resendverificationmail")).hasSize(1);
    assertThatThrownBy(
            () -> registrar.performAction(new ActionRequest("no-such-action", SHOP, Map.of())))
        .isInstanceOf(NotSupportedException.class);
  }
}
