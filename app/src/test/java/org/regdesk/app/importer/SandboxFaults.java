package org.regdesk.app.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.regdesk.app.config.SandboxEndpoint;

/** Plans and clears faults through the sandbox's control API ({@code /_sandbox/faults}). */
final class SandboxFaults {

  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  SandboxFaults(SandboxEndpoint sandbox) {
    this.base = sandbox.uri();
  }

  /** The next {@code count} calls of an action answer an API error. */
  void error(String action, int errorCode, int count) {
    send(
        "POST",
        "_sandbox/faults",
        Map.of(
            "action",
            action,
            "mode",
            "error",
            "errorCode",
            Integer.toString(errorCode),
            "count",
            Integer.toString(count)));
  }

  /** Forgets every fault. */
  void clear() {
    send("POST", "_sandbox/faults/clear", Map.of());
  }

  private void send(String method, String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(base.resolve(path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .method(method, HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
