package org.regdesk.dondominio.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.regdesk.dondominio.sandbox.engine.ApiError;
import org.regdesk.dondominio.sandbox.engine.ErrorCodes;
import org.regdesk.dondominio.sandbox.engine.Params;

/**
 * Serves the API itself (§1–§2 of the API document): decodes the body, applies the simulated
 * network delay and any planned fault, runs the action and writes the envelope with HTTP 200.
 *
 * <p>Only POST bodies are read. Any other method is a call without parameters (the API ignores GET
 * parameters), which the engine refuses for the missing credentials. A body that cannot be decoded
 * is answered with error 100 and never reaches the engine; an unexpected exception is logged and
 * answered with error 1.
 */
public final class ApiHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());

  static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";

  /** What a PHP server prints when it dies mid-request: HTML, not JSON. */
  private static final byte[] MALFORMED_BODY =
      ("<br />\n<b>Fatal error</b>:  Allowed memory size exhausted in"
              + " <b>/var/www/api/index.php</b> on line <b>1</b><br />\n")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] HTTP_500_BODY =
      "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>\n"
          .getBytes(StandardCharsets.UTF_8);

  private final ActionRunner runner;
  private final FaultPlan faults;
  private final CallJournal journal;
  private final Sleeper sleeper;
  private final Duration latency;
  private final Runnable afterAction;

  /**
   * @param latency the simulated network delay before every answer
   * @param afterAction told after every action that ran (the state may have changed)
   */
  public ApiHandler(
      ActionRunner runner,
      FaultPlan faults,
      CallJournal journal,
      Sleeper sleeper,
      Duration latency,
      Runnable afterAction) {
    this.runner = runner;
    this.faults = faults;
    this.journal = journal;
    this.sleeper = sleeper;
    this.latency = latency;
    this.afterAction = afterAction;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String action = ApiPath.action(exchange.getRequestURI());
    Map<String, String> fields;
    try {
      fields = readFields(exchange);
    } catch (MalformedRequestException e) {
      journal.record(
          new ApiCall(
              action, Map.of(), false, OptionalInt.of(ErrorCodes.SYNTAX), Optional.empty()));
      pause(exchange, latency);
      sendJson(exchange, Envelope.failure(action, ErrorCodes.SYNTAX, List.of(e.getMessage())));
      return;
    }

    Optional<Fault> fault = faults.take(action);
    pause(exchange, fault.map(f -> latency.plus(f.delay())).orElse(latency));
    Optional<FaultMode> mode = fault.map(Fault::mode);
    Map<String, String> masked = CallJournal.masked(fields);
    if (fault.isPresent() && fault.get().mode() != FaultMode.LATENCY) {
      switch (fault.get().mode()) {
        case ERROR:
          int code = fault.get().errorCode();
          journal.record(new ApiCall(action, masked, false, OptionalInt.of(code), mode));
          sendJson(exchange, Envelope.failure(action, code, new ApiError(code).messages()));
          return;
        case HTTP500:
          journal.record(new ApiCall(action, masked, false, OptionalInt.empty(), mode));
          send(exchange, 500, "text/html; charset=utf-8", HTTP_500_BODY);
          return;
        case MALFORMED:
          journal.record(new ApiCall(action, masked, false, OptionalInt.empty(), mode));
          send(exchange, 200, "text/html; charset=utf-8", MALFORMED_BODY);
          return;
        case RESET:
          journal.record(new ApiCall(action, masked, false, OptionalInt.empty(), mode));
          throw new DroppedConnection();
        case APPLY_THEN_DROP:
          Outcome applied = run(action, fields, exchange);
          journal.record(new ApiCall(action, masked, true, OptionalInt.of(applied.code), mode));
          throw new DroppedConnection();
        default:
          throw new IllegalStateException("unhandled fault mode " + fault.get().mode());
      }
    }
    Outcome outcome = run(action, fields, exchange);
    journal.record(new ApiCall(action, masked, true, OptionalInt.of(outcome.code), mode));
    sendJson(exchange, outcome.envelope);
  }

  private static Map<String, String> readFields(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      RequestForm.discardBody(exchange);
      return Map.of();
    }
    byte[] body = RequestForm.readBody(exchange);
    return RequestForm.decode(exchange.getRequestHeaders().getFirst("Content-Type"), body);
  }

  private Outcome run(String action, Map<String, String> fields, HttpExchange exchange) {
    String callerIp = exchange.getRemoteAddress().getAddress().getHostAddress();
    try {
      return new Outcome(
          Envelope.success(action, runner.call(action, Params.of(fields), callerIp)), 0);
    } catch (ApiError e) {
      return new Outcome(Envelope.failure(action, e.code(), e.messages()), e.code());
    } catch (RuntimeException e) {
      // parameter names only: the values hold the API password and auth codes
      LOG.log(
          Level.ERROR,
          "Unexpected failure in " + action + " (parameters " + fields.keySet() + ")",
          e);
      return new Outcome(
          Envelope.failure(
              action,
              ErrorCodes.UNDEFINED,
              List.of("Unexpected sandbox failure; see the sandbox log")),
          ErrorCodes.UNDEFINED);
    } finally {
      afterAction.run();
    }
  }

  private void pause(HttpExchange exchange, Duration duration) throws IOException {
    if (duration.isZero()) {
      return;
    }
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      // the sandbox is shutting down: no answer
      Thread.currentThread().interrupt();
      throw new DroppedConnection();
    }
  }

  static void sendJson(HttpExchange exchange, byte[] body) throws IOException {
    send(exchange, 200, JSON_CONTENT_TYPE, body);
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private record Outcome(byte[] envelope, int code) {}
}
