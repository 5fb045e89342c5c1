package org.regdesk.app.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A plugin's log lines reach the desk's log without the plugin's secrets. */
@ExtendWith(OutputCaptureExtension.class)
class MaskingLoggerTest {

  private static final String SECRET = "Api/Key+93&x";

  private final System.Logger logger =
      new MaskingLogger(
          LoggerFactory.getLogger("org.regdesk.test.plugin"),
          SecretMasker.standard().withSecretValues(List.of(SECRET)));

  @Test
  void messagesParametersAndExceptionsAreScrubbedAndStillSayWhatHappened(CapturedOutput output) {
    logger.log(System.Logger.Level.WARNING, "calling with apipasswd=" + SECRET);
    logger.log(System.Logger.Level.ERROR, "sent {0} to {1}", SECRET, "the registrar");
    logger.log(
        System.Logger.Level.ERROR,
        "call failed",
        new IllegalStateException(
            "refused " + URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
            new UncheckedIOException(new IOException("reset while sending " + SECRET))));

    assertThat(output.getOut())
        .doesNotContain(SECRET)
        .doesNotContain(URLEncoder.encode(SECRET, StandardCharsets.UTF_8))
        .contains("calling with apipasswd=****")
        .contains("sent **** to the registrar")
        .contains("java.lang.IllegalStateException: refused ****")
        .contains("java.io.IOException: reset while sending ****")
        .contains("MaskingLoggerTest.java");
  }

  @Test
  void levelsFollowTheDesksLogger() {
    assertThat(logger.isLoggable(System.Logger.Level.ERROR)).isTrue();
    assertThat(logger.isLoggable(System.Logger.Level.OFF)).isFalse();
    assertThat(logger.getName()).isEqualTo("org.regdesk.test.plugin");
  }
}
