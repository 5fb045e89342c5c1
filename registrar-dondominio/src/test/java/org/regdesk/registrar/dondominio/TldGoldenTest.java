package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.dondominio.tld.TldRow;
import org.regdesk.registrar.dondominio.tld.TldTable;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.Tld;
import org.regdesk.registrar.spi.value.TldFieldValues;

/**
 * One golden file per row of the TLD table: the exact parameters of the {@code domain/create} that
 * a registration under the row's first TLD sends, as the sandbox received them. To rewrite the
 * files after an intended change, run with {@code -Dregdesk.golden.write=true} and review the diff.
 */
class TldGoldenTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .apiUser("golden-reseller")
          .apiPassword("golden-api-key")
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .build();

  /** Every answer any row asks for; a row sends only its own. */
  static final TldFieldValues ANSWERS =
      new TldFieldValues(
          Map.ofEntries(
              Map.entry("aeroId", "AERO-1234"),
              Map.entry("aeroPassword", "aero-pass-5678"),
              Map.entry("jobsOwnerWebsite", "https://www.example.org/jobs"),
              Map.entry("jobsOwnerTitle", "Director"),
              Map.entry("jobsOwnerIndustryType", "Hospitality"),
              Map.entry("jobsOwnerIsAssocMember", "true"),
              Map.entry("jobsAdminWebsite", "www.example.org"),
              Map.entry("ltdaAuthority", "Junta Comercial"),
              Map.entry("ltdaLicenseNumber", "LIC-2020-77"),
              Map.entry("ruIssuer", "MVD 770-001"),
              Map.entry("ruIssueDate", "2015-06-01"),
              Map.entry("xxxClass", "membership"),
              Map.entry("xxxName", "Ana García"),
              Map.entry("xxxEmail", "ana@example.org"),
              Map.entry("xxxId", "ICM-42"),
              Map.entry("intendedUse", "A bakery's shop window"),
              Map.entry("frSirenNumber", "123456789"),
              Map.entry("placeOfBirth", "Roma"),
              Map.entry("profession", "Architect"),
              Map.entry("travelUin", "UIN-7788"),
              Map.entry("contactInfo", "Colegio de Abogados de Barcelona, 08001")),
          Map.of(
              CustomerField.DATE_OF_BIRTH, "1985-04-12",
              CustomerField.IDENTITY_NUMBER, "12345678Z"));

  private static final Path SOURCE_DIRECTORY =
      Path.of("src/test/resources/org/regdesk/registrar/dondominio/golden");

  private Sandbox sandbox;
  private Registrar registrar;

  @BeforeEach
  void start() {
    sandbox = SANDBOX.get();
    registrar = TestRegistrars.create(sandbox, new RecordingAudit());
  }

  @AfterEach
  void stop() {
    registrar.close();
  }

  @ParameterizedTest(name = ".{0}")
  @ValueSource(
      strings = {
        "aero", "jobs", "ltda", "ru", "xxx", "cat", "pl", "fr", "hk", "it", "pro", "travel",
        "lawyer", "es"
      })
  void a_registration_sends_exactly_the_golden_parameters(String tld) throws Exception {
    registrar.register(
        RegisterRequest.builder(
                DomainName.of("golden-row", tld), Period.ofYears(1), People.all(People.ana()))
            .tldFields(ANSWERS)
            .build());

    List<ApiCall> creates = TestRegistrars.calls(sandbox, "domain/create");
    assertThat(creates).singleElement().satisfies(call -> assertThat(call.errorCode()).hasValue(0));
    String sent = render(creates.get(0).parameters());
    assertThat(sent).isEqualTo(golden("create-" + tld + ".txt", sent));
  }

  @Test
  void every_row_of_the_table_has_a_golden_file() {
    for (TldRow row : TldTable.rows()) {
      boolean covered =
          row.tlds().stream()
              .map(Tld::ascii)
              .anyMatch(
                  tld -> TldGoldenTest.class.getResource("golden/create-" + tld + ".txt") != null);
      assertThat(covered).as("a golden file for the row of " + row.tlds()).isTrue();
    }
  }

  /** One {@code name=value} line per parameter, in the order sent; line breaks shown as \r\n. */
  static String render(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().replace("\r", "\\r").replace("\n", "\\n"))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String golden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("regdesk.golden.write")) {
      Files.createDirectories(SOURCE_DIRECTORY);
      Files.writeString(SOURCE_DIRECTORY.resolve(name), actual, StandardCharsets.UTF_8);
      return actual;
    }
    try (InputStream in = TldGoldenTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
