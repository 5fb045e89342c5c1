package org.regdesk.registrar.dondominio.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.regdesk.dondominio.sandbox.Sandbox;

/** The sandbox's control API over HTTP, as a tester would use it with curl. */
public final class SandboxControl {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private SandboxControl() {}

  /** A domain held at another registrar, for transfers. */
  public static void addForeignDomain(Sandbox sandbox, String domain, String authCode) {
    post(sandbox, "foreign-domains", Map.of("domain", domain, "authcode", authCode));
  }

  /** Changes the account, e.g. its balance. */
  public static void account(Sandbox sandbox, Map<String, String> fields) {
    post(sandbox, "account", fields);
  }

  /**
   * Moves the sandbox's time forward by whole days; pending registrations and transfers move on.
   */
  public static void advanceDays(Sandbox sandbox, int days) {
    post(sandbox, "clock", Map.of("advanceDays", Integer.toString(days)));
  }

  /** The engine's view of a domain, as JSON text. */
  public static String domainState(Sandbox sandbox, String domain) {
    return send(
        sandbox, HttpRequest.newBuilder(control(sandbox, "domains/" + domain)).GET().build());
  }

  private static void post(Sandbox sandbox, String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    send(
        sandbox,
        HttpRequest.newBuilder(control(sandbox, path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static URI control(Sandbox sandbox, String path) {
    return sandbox.uri().resolve("/_sandbox/" + path);
  }

  private static String send(Sandbox sandbox, HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
