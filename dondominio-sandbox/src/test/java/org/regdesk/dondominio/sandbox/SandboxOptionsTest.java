package org.regdesk.dondominio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxOptionsTest {

  @Test
  void defaults_are_the_documented_ones() {
    SandboxOptions options = SandboxOptions.parse();

    assertThat(options.port()).isEqualTo(8089);
    assertThat(options.host()).isEqualTo("127.0.0.1");
    assertThat(options.apiUser()).isEqualTo("sandbox");
    assertThat(options.apiPassword()).isEqualTo("sandbox");
    assertThat(options.balance()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(options.seedDomains()).isZero();
    assertThat(options.latencyMs()).isZero();
    assertThat(options.stateFile()).isEmpty();
    assertThat(options.help()).isFalse();
  }

  @Test
  void every_option_is_read_in_both_spellings(@TempDir Path dir) {
    SandboxOptions options =
        SandboxOptions.parse(
            "--port",
            "0",
            "--host=localhost",
            "--apiuser",
            "00000-XXX",
            "--apipasswd=--dash-pw",
            "--balance",
            "250.5",
            "--seed-domains=40",
            "--seed",
            "-7",
            "--latency-ms",
            "120",
            "--state",
            dir.resolve("state.json").toString());

    assertThat(options.port()).isZero();
    assertThat(options.host()).isEqualTo("localhost");
    assertThat(options.apiUser()).isEqualTo("00000-XXX");
    assertThat(options.apiPassword()).isEqualTo("--dash-pw");
    assertThat(options.balance()).isEqualTo(new BigDecimal("250.50"));
    assertThat(options.seedDomains()).isEqualTo(40);
    assertThat(options.seed()).isEqualTo(-7);
    assertThat(options.latencyMs()).isEqualTo(120);
    assertThat(options.stateFile()).contains(dir.resolve("state.json"));
  }

  @Test
  void the_password_is_never_shown() {
    SandboxOptions options = SandboxOptions.parse("--apipasswd", "Hidden-Pw-1");

    assertThat(options.toString()).doesNotContain("Hidden-Pw-1").contains("apipasswd=*****");
    assertThatThrownBy(() -> SandboxOptions.parse("--apipasswd", "Hidden-Pw-1", "Hidden-Pw-2"))
        .hasMessageNotContaining("Hidden-Pw");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--port 70000 | --port must be an integer from 0 to 65535, got 70000",
        "--port x | --port must be an integer from 0 to 65535, got x",
        "--port | --port needs a value",
        "--port --host | --port needs a value",
        "--port 1 --port 2 | --port is given more than once",
        "--host no.such.host.invalid | --host no.such.host.invalid cannot be resolved",
        "--apiuser= | --apiuser must not be empty or start or end with spaces",
        "--balance -1 | --balance must be between 0 and 1000000000",
        "--balance 1.005 | --balance must have at most two decimals",
        "--balance lots | --balance must be an amount like 1000 or 250.50, got lots",
        "--seed-domains 2000000 | --seed-domains must be an integer from 0 to 1000000, got 2000000",
        "--seed 1.5 | --seed must be an integer, got 1.5",
        "--latency-ms -1 | --latency-ms must be an integer from 0 to 60000, got -1",
        "--state /no/such/dir/state.json | --state /no/such/dir/state.json: its directory does not exist",
        "--state /tmp | --state /tmp is a directory",
        "--verbose | unknown option --verbose",
        "stray | unexpected argument #1; options start with --",
      })
  void a_bad_option_is_refused_naming_it(String args, String message) {
    String[] argv = args.split(" ");

    assertThatThrownBy(() -> SandboxOptions.parse(argv))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage(message);
  }

  @Test
  void an_empty_password_is_refused() {
    assertThatThrownBy(() -> SandboxOptions.parse("--apipasswd="))
        .hasMessage("--apipasswd must not be empty");
  }

  @Test
  void help_is_recognised_among_other_options() {
    assertThat(SandboxOptions.parse("--port", "1", "--help").help()).isTrue();
  }
}
