package org.regdesk.dondominio.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.dondominio.sandbox.engine.ApiError;
import org.regdesk.dondominio.sandbox.engine.Params;
import org.regdesk.dondominio.sandbox.engine.SandboxEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API under {@code /_sandbox/}: lets tests and people shape the sandbox (foreign
 * domains, account, clock, faults, reset) and look inside it. JSON out; a form or a JSON object in.
 * Errors are {@code {"error": "...", "field": "..."}} with HTTP 400, 404 for an unknown path or
 * domain, 405 for a wrong method.
 */
public final class ControlHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ControlHandler.class.getName());
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final SandboxEngine engine;
  private final FaultPlan faults;
  private final CallJournal journal;
  private final Runnable reset;
  private final Runnable afterChange;

  /**
   * @param reset puts engine, faults and journal back to the start
   * @param afterChange told after every request that may have changed the engine's state
   */
  public ControlHandler(
      SandboxEngine engine,
      FaultPlan faults,
      CallJournal journal,
      Runnable reset,
      Runnable afterChange) {
    this.engine = engine;
    this.faults = faults;
    this.journal = journal;
    this.reset = reset;
    this.afterChange = afterChange;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    List<String> segments = ApiPath.segments(exchange.getRequestURI());
    String path = "/" + String.join("/", segments);
    int status = 200;
    JsonNode answer;
    try {
      answer = route(exchange, method, segments.subList(1, segments.size()), path);
    } catch (InvalidFieldException e) {
      status = 400;
      answer = error(e.problem(), Optional.of(e.field()));
    } catch (MalformedRequestException e) {
      status = 400;
      answer = error(e.getMessage(), Optional.empty());
    } catch (ApiError e) {
      status = 400;
      answer = apiError(e);
    } catch (ControlRequestException e) {
      status = e.status();
      if (e.allow() != null) {
        exchange.getResponseHeaders().set("Allow", e.allow());
      }
      answer = error(e.getMessage(), Optional.empty());
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Unexpected failure in control request " + method + " " + path, e);
      status = 500;
      answer = error("Unexpected sandbox failure; see the sandbox log", Optional.empty());
    }
    ApiHandler.send(exchange, status, ApiHandler.JSON_CONTENT_TYPE, JSON.writeValueAsBytes(answer));
  }

  private JsonNode route(HttpExchange exchange, String method, List<String> route, String path)
      throws IOException {
    String first = route.isEmpty() ? "" : route.get(0);
    if (route.size() == 1) {
      switch (first) {
        case "foreign-domains":
          return changing(() -> engine.addForeignDomain(params(exchange, method, path)));
        case "account":
          return changing(() -> engine.updateAccount(params(exchange, method, path)));
        case "clock":
          if (method.equals("GET") || method.equals("HEAD")) {
            return clock();
          }
          return changing(
              () -> {
                ObjectNode moved =
                    (ObjectNode) engine.advanceClock(params(exchange, method, path, "GET, POST"));
                moved.put("offset", engine.clock().offset().toString());
                return moved;
              });
        case "faults":
          switch (method) {
            case "GET":
            case "HEAD":
              return faultList();
            case "DELETE":
              return clearFaults();
            case "POST":
              return planFault(fieldsOf(exchange, method, path, "GET, POST, DELETE"));
            default:
              throw ControlRequestException.methodNotAllowed(path, "GET, POST, DELETE");
          }
        case "reset":
          requirePost(exchange, method, path);
          return changing(
              () -> {
                reset.run();
                ObjectNode done = NODES.objectNode();
                done.put("reset", true);
                return done;
              });
        case "calls":
          requireGet(method, path);
          return calls();
        default:
          break;
      }
    }
    if (route.size() == 2 && first.equals("faults") && route.get(1).equals("clear")) {
      requirePost(exchange, method, path);
      return clearFaults();
    }
    if (route.size() == 2 && first.equals("domains")) {
      requireGet(method, path);
      String name = route.get(1);
      return engine
          .domainState(name)
          .orElseThrow(
              () -> ControlRequestException.notFound("No domain " + name + " in the sandbox"));
    }
    throw ControlRequestException.notFound("No control endpoint " + path);
  }

  private interface Change {
    JsonNode apply() throws IOException;
  }

  private JsonNode changing(Change change) throws IOException {
    try {
      return change.apply();
    } finally {
      afterChange.run();
    }
  }

  private static Params params(HttpExchange exchange, String method, String path)
      throws IOException {
    return params(exchange, method, path, "POST");
  }

  private static Params params(HttpExchange exchange, String method, String path, String allow)
      throws IOException {
    return Params.of(fieldsOf(exchange, method, path, allow));
  }

  private static Map<String, String> fieldsOf(
      HttpExchange exchange, String method, String path, String allow) throws IOException {
    if (!method.equals("POST")) {
      throw ControlRequestException.methodNotAllowed(path, allow);
    }
    return ControlFields.read(exchange);
  }

  private static void requirePost(HttpExchange exchange, String method, String path)
      throws IOException {
    fieldsOf(exchange, method, path, "POST");
  }

  private static void requireGet(String method, String path) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw ControlRequestException.methodNotAllowed(path, "GET");
    }
  }

  /** In the API's own timestamp style (UTC), like every time the control API shows. */
  private JsonNode clock() {
    ObjectNode clock = NODES.objectNode();
    clock.put("now", TIMESTAMP.format(engine.clock().instant()));
    clock.put("offset", engine.clock().offset().toString());
    return clock;
  }

  private JsonNode planFault(Map<String, String> fields) {
    Fault fault =
        new Fault(
            fields.getOrDefault("action", ""),
            FaultMode.fromWireName(required(fields, "mode")),
            integer(fields, "count", 1),
            integer(fields, "errorCode", 0),
            Duration.ofMillis(integer(fields, "delayMs", 0)));
    faults.add(fault);
    ObjectNode answer = NODES.objectNode();
    answer.set("planned", faultJson(fault));
    answer.set("faults", faultList().get("faults"));
    return answer;
  }

  private static String required(Map<String, String> fields, String name) {
    String value = fields.getOrDefault(name, "").strip();
    if (value.isEmpty()) {
      throw new InvalidFieldException(name, "required");
    }
    return value;
  }

  private static int integer(Map<String, String> fields, String name, int absent) {
    String value = fields.getOrDefault(name, "").strip();
    if (value.isEmpty()) {
      return absent;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(name, "must be an integer");
    }
  }

  private JsonNode clearFaults() {
    int cleared = faults.pending().size();
    faults.clear();
    ObjectNode answer = NODES.objectNode();
    answer.put("cleared", cleared);
    return answer;
  }

  private ObjectNode faultList() {
    ArrayNode list = NODES.arrayNode();
    faults.pending().forEach(f -> list.add(faultJson(f)));
    ObjectNode answer = NODES.objectNode();
    answer.set("faults", list);
    return answer;
  }

  private static ObjectNode faultJson(Fault fault) {
    ObjectNode json = NODES.objectNode();
    json.put("action", fault.action());
    json.put("mode", fault.mode().wireName());
    json.put("count", fault.count());
    if (fault.mode() == FaultMode.ERROR) {
      json.put("errorCode", fault.errorCode());
    }
    json.put("delayMs", fault.delay().toMillis());
    return json;
  }

  private JsonNode calls() {
    ArrayNode list = NODES.arrayNode();
    for (ApiCall call : journal.calls()) {
      ObjectNode json = list.addObject();
      json.put("action", call.action());
      ObjectNode parameters = json.putObject("parameters");
      call.parameters().forEach(parameters::put);
      json.put("reachedEngine", call.reachedEngine());
      if (call.errorCode().isPresent()) {
        json.put("errorCode", call.errorCode().getAsInt());
      } else {
        json.putNull("errorCode");
      }
      call.fault()
          .ifPresentOrElse(f -> json.put("fault", f.wireName()), () -> json.putNull("fault"));
    }
    ObjectNode answer = NODES.objectNode();
    answer.set("calls", list);
    return answer;
  }

  private static JsonNode apiError(ApiError e) {
    ObjectNode error = error(String.join("; ", e.messages()), e.field());
    error.put("errorCode", e.code());
    return error;
  }

  private static ObjectNode error(String message, Optional<String> field) {
    ObjectNode error = NODES.objectNode();
    error.put("error", message);
    field.ifPresent(f -> error.put("field", f));
    return error;
  }
}
