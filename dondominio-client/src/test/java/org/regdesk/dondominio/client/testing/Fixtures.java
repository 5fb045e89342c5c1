package org.regdesk.dondominio.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.RetryPolicy;

/** Shared test data: fixture files, credentials and a client wired for tests. */
public final class Fixtures {
  /** The API user of the tests. */
  public static final String API_USER = "00000-XXX";

  /** A password distinctive enough to search for in logs and messages. */
  public static final String API_PASSWORD = "pa$$w0rd&SeCrEt=42";

  /** Jitter source that always draws the bottom of the range. */
  public static final RandomGenerator NO_JITTER = () -> 0L;

  private Fixtures() {}

  /** A text resource under {@code src/test/resources}. */
  public static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response fixture from {@code fixtures/<name>.json}. */
  public static String fixture(String name) {
    return resource("fixtures/" + name + ".json");
  }

  /** A builder pointed at {@code endpoint}, with the recording sleeper and no jitter. */
  public static DonDominioClient.Builder clientFor(URI endpoint, RecordingSleeper sleeper) {
    return DonDominioClient.builder()
        .endpoint(endpoint)
        .apiUser(API_USER)
        .apiPassword(API_PASSWORD)
        .sleeper(sleeper)
        .random(NO_JITTER)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(1000)))
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(5));
  }

  /** A client pointed at {@code endpoint}. */
  public static DonDominioClient clientFor(URI endpoint) {
    return clientFor(endpoint, new RecordingSleeper()).build();
  }

  /** A success envelope around {@code responseData} (a JSON object text). */
  public static String success(String action, String responseData) {
    return "{\"success\":true,\"errorCode\":0,\"errorCodeMsg\":\"\",\"action\":\""
        + action
        + "\",\"version\":\"1.0.26\",\"responseData\":"
        + responseData
        + "}";
  }

  /** An error envelope without {@code responseData}. */
  public static String error(String action, int code, String message) {
    return "{\"success\":false,\"errorCode\":"
        + code
        + ",\"errorCodeMsg\":\""
        + message
        + "\",\"action\":\""
        + action
        + "\",\"version\":\"1.0.26\",\"messages\":[\""
        + message
        + "\"]}";
  }
}
