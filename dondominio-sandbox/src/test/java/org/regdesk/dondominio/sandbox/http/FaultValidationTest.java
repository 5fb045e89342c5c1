package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/**
 * A fault request that breaks a rule is refused with HTTP 400 naming the field; nothing is planned.
 */
class FaultValidationTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "action=tool/hello&mode=explode | mode | unknown fault mode",
        "action=tool/hello | mode | required",
        "mode=reset | action | required",
        "action=domain/frobnicate&mode=reset | action | no action domain/frobnicate",
        "action=tool/hello&mode=reset&count=0 | count | between 1 and",
        "action=tool/hello&mode=reset&count=-3 | count | between 1 and",
        "action=tool/hello&mode=reset&count=many | count | must be an integer",
        "action=tool/hello&mode=error | errorCode | non-zero error code",
        "action=tool/hello&mode=error&errorCode=99999 | errorCode | error table",
        "action=tool/hello&mode=error&errorCode=0 | errorCode | non-zero",
        "action=tool/hello&mode=reset&errorCode=2008 | errorCode | only mode error",
        "action=tool/hello&mode=latency | delayMs | positive delay",
        "action=tool/hello&mode=latency&delayMs=-5 | delayMs | between 0 and",
        "action=tool/hello&mode=reset&delayMs=999999999 | delayMs | between 0 and",
      })
  void invalid_faults_are_refused_naming_the_field(String form, String field, String problem) {
    for (boolean json : new boolean[] {false, true}) {
      Wire.Response response =
          json
              ? Wire.post(
                  SANDBOX.get().uri(),
                  "_sandbox/faults",
                  "application/json",
                  toJson(form).getBytes(StandardCharsets.UTF_8))
              : Wire.post(
                  SANDBOX.get().uri(),
                  "_sandbox/faults",
                  BodyEncoding.URLENCODED.contentType(),
                  form.getBytes(StandardCharsets.UTF_8));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().path("field").asString()).isEqualTo(field);
      assertThat(response.json().path("error").asString()).contains(problem);
      assertThat(SANDBOX.get().faults()).isEmpty();
    }
  }

  private static String toJson(String form) {
    StringBuilder json = new StringBuilder("{");
    for (String pair : form.split("&")) {
      String[] nv = pair.split("=", 2);
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(nv[0]).append("\":");
      json.append(nv[1].matches("-?\\d+") ? nv[1] : "\"" + nv[1] + "\"");
    }
    return json.append('}').toString();
  }
}
