package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** Multipart bodies in the shapes real clients produce. */
class MultipartCompatibilityTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.builder().build();

  private static final String PARTS =
      "--XyZ\r\n"
          + "Content-Disposition: form-data; name=\"apiuser\"\r\n\r\n"
          + "sandbox\r\n"
          + "--XyZ\r\n"
          + "Content-Disposition: form-data; name=\"apipasswd\"\r\n\r\n"
          + "sandbox\r\n"
          + "--XyZ\r\n"
          + "Content-Disposition: form-data; name=\"note\"; filename=\"note.txt\"\r\n"
          + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
          + "línea 1\r\nline 2\r\n"
          + "--XyZ--\r\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "multipart/form-data; boundary=XyZ",
        "multipart/form-data; boundary=\"XyZ\"",
        "Multipart/Form-Data;boundary=XyZ",
        "multipart/form-data; charset=utf-8; boundary=\"XyZ\""
      })
  void quoted_and_unquoted_boundaries_and_file_parts_are_read(String contentType) {
    Wire.Response response =
        Wire.post(
            SANDBOX.get().uri(),
            "tool/hello/",
            contentType,
            PARTS.getBytes(StandardCharsets.UTF_8));

    assertThat(response.json().path("success").asBoolean()).isTrue();
    assertThat(SANDBOX.get().calls().get(0).parameters())
        .containsEntry("note", "línea 1\r\nline 2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is the preamble.\r\n",
        "",
      })
  void preamble_epilogue_and_transport_padding_are_ignored(String preamble) {
    String body =
        preamble
            + PARTS.replace(
                "--XyZ\r\nContent-Disposition: form-data; name=\"apipasswd\"",
                "--XyZ  \t\r\nContent-Disposition: form-data; name=\"apipasswd\"")
            + "epilogue, ignored\r\n";

    Wire.Response response =
        Wire.post(
            SANDBOX.get().uri(),
            "tool/hello/",
            "multipart/form-data; boundary=XyZ",
            body.getBytes(StandardCharsets.UTF_8));

    assertThat(response.json().path("success").asBoolean()).isTrue();
  }
}
