package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** libcurl sends {@code Expect: 100-continue} and waits for the interim answer before the body. */
class ExpectContinueTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.builder().build();

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void the_client_gets_100_continue_before_it_sends_the_body(BodyEncoding encoding)
      throws Exception {
    byte[] body = encoding.encode(Wire.credentials());
    try (Socket socket = new Socket("127.0.0.1", SANDBOX.get().port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          ("POST /tool/hello/ HTTP/1.1\r\n"
                  + "Host: 127.0.0.1\r\n"
                  + "User-Agent: ClientPlatform/PHP;ClientVersion/2.0.13;\r\n"
                  + "Accept: */*\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n"
                  + "Content-Type: "
                  + encoding.contentType()
                  + "\r\n"
                  + "Expect: 100-continue\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();

      String interim = Wire.readHead(in);
      assertThat(interim).startsWith("HTTP/1.1 100 Continue\r\n");
      assertThat(SANDBOX.get().calls()).isEmpty();

      out.write(body);
      out.flush();
      String head = Wire.readHead(in);
      assertThat(head).startsWith("HTTP/1.1 200 ");
      int length =
          Integer.parseInt(
              head.lines()
                  .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                  .findFirst()
                  .orElseThrow()
                  .substring("content-length:".length())
                  .strip());
      String envelope = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      assertThat(Wire.JSON.readTree(envelope).path("success").asBoolean()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(BodyEncoding.class)
  void the_jdk_client_with_expect_continue_works(BodyEncoding encoding) {
    Wire.Response response =
        Wire.send(
            HttpRequest.newBuilder(SANDBOX.get().uri().resolve("tool/hello/"))
                .expectContinue(true)
                .header("Content-Type", encoding.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(encoding.encode(Wire.credentials())))
                .build());

    assertThat(response.json().path("success").asBoolean()).isTrue();
  }
}
