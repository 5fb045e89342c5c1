package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.DomainPage;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.TransferProgress;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * All twelve DonDominio statuses, read through the plugin. The sandbox never produces {@code
 * register-cancel} or {@code inactive} by itself, so the test writes every status into a saved
 * sandbox state and starts a sandbox from it.
 */
class StatusMappingTest {

  /** DonDominio's statuses and what the desk reads for each, in the API document's order. */
  private static final Map<String, DomainStatus> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("register-init", DomainStatus.REGISTRATION_PENDING);
    EXPECTED.put("register-pending", DomainStatus.REGISTRATION_PENDING);
    EXPECTED.put("register-cancel", DomainStatus.REGISTRATION_FAILED);
    EXPECTED.put("transfer-init", DomainStatus.TRANSFER_PENDING);
    EXPECTED.put("transfer-pending", DomainStatus.TRANSFER_PENDING);
    EXPECTED.put("transfer-cancel", DomainStatus.TRANSFER_FAILED);
    EXPECTED.put("inactive", DomainStatus.INACTIVE);
    EXPECTED.put("active", DomainStatus.ACTIVE);
    EXPECTED.put("renewed", DomainStatus.ACTIVE);
    EXPECTED.put("expired-renewgrace", DomainStatus.EXPIRED_GRACE);
    EXPECTED.put("expired-redemption", DomainStatus.EXPIRED_REDEMPTION);
    EXPECTED.put("expired-pendingdelete", DomainStatus.EXPIRED_PENDING_DELETE);
  }

  private static final Map<String, TransferProgress> TRANSFER = new LinkedHashMap<>();

  static {
    TRANSFER.put("transfer-init", TransferProgress.PENDING);
    TRANSFER.put("transfer-pending", TransferProgress.PENDING);
    TRANSFER.put("transfer-cancel", TransferProgress.FAILED);
    TRANSFER.put("active", TransferProgress.COMPLETED);
    TRANSFER.put("renewed", TransferProgress.COMPLETED);
    TRANSFER.put("inactive", TransferProgress.COMPLETED);
  }

  @Test
  void every_registrar_status_maps_to_the_desk_status(@TempDir Path directory) throws Exception {
    Path state = directory.resolve("sandbox-state.json");
    List<DomainName> names = new ArrayList<>();
    SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z"));
    try (Sandbox seeded =
        Sandbox.builder().port(0).seedDomains(40).seed(7).clock(clock).stateFile(state).start()) {
      Registrar registrar = TestRegistrars.create(seeded, new RecordingAudit());
      for (DomainSnapshot domain : registrar.listDomains(DomainListRequest.first(12)).domains()) {
        names.add(domain.name());
      }
      registrar.close();
      seeded.saveState();
    }
    assertThat(names).hasSize(EXPECTED.size());
    String text = Files.readString(state, StandardCharsets.UTF_8);
    int index = 0;
    for (String status : EXPECTED.keySet()) {
      text = withStatus(text, names.get(index++).ascii(), status);
    }
    Files.writeString(state, text, StandardCharsets.UTF_8);

    RecordingAudit audit = new RecordingAudit();
    try (Sandbox sandbox = Sandbox.builder().port(0).seed(7).clock(clock).stateFile(state).start();
        Registrar registrar = TestRegistrars.create(sandbox, audit)) {
      index = 0;
      for (Map.Entry<String, DomainStatus> expected : EXPECTED.entrySet()) {
        DomainName name = names.get(index++);
        DomainSnapshot snapshot = registrar.getDomain(name);
        assertThat(snapshot.registrarStatus()).as(name.ascii()).isEqualTo(expected.getKey());
        assertThat(snapshot.status()).as(expected.getKey()).isEqualTo(expected.getValue());
        if (TRANSFER.containsKey(expected.getKey())) {
          assertThat(registrar.transferStatus(name).progress())
              .as(expected.getKey())
              .isEqualTo(TRANSFER.get(expected.getKey()));
        }
      }
      assertThatThrownBy(() -> registrar.transferStatus(names.get(0)))
          .as("a domain being registered has no transfer")
          .isInstanceOf(NotFoundException.class);

      DomainPage listed = registrar.listDomains(DomainListRequest.first(100));
      Map<DomainName, DomainStatus> byName = new LinkedHashMap<>();
      listed.domains().forEach(d -> byName.put(d.name(), d.status()));
      index = 0;
      for (DomainStatus status : EXPECTED.values()) {
        assertThat(byName.get(names.get(index++))).isEqualTo(status);
      }
    }
  }

  @Test
  void a_domain_no_longer_in_the_account_is_not_found_with_code_2008() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Registrar registrar = TestRegistrars.create(sandbox, new RecordingAudit())) {
      assertThatThrownBy(() -> registrar.getDomain(DomainName.of("gone-away", "com")))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.registrarCode()).contains("2008"));
    }
  }

  /** Sets a domain's status in the saved state, with no transition due. */
  private static String withStatus(String state, String name, String status) {
    Pattern row =
        Pattern.compile(
            "\\[(\\d+),\""
                + Pattern.quote(name)
                + "\",\"[a-z-]+\",(\"[^\"]*\",\"[^\"]*\",\\d+),"
                + "(null|\"[^\"]*\"),");
    Matcher matcher = row.matcher(state);
    assertThat(matcher.find()).as("the state file holds " + name).isTrue();
    return matcher.replaceFirst(
        Matcher.quoteReplacement(
            "["
                + matcher.group(1)
                + ",\""
                + name
                + "\",\""
                + status
                + "\","
                + matcher.group(2)
                + ",null,"));
  }
}
