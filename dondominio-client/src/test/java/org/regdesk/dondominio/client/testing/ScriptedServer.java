package org.regdesk.dondominio.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A local HTTP server on 127.0.0.1 that answers each request with the next scripted reply (the last
 * reply repeats) and records what it received.
 */
public final class ScriptedServer implements AutoCloseable {
  private final HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private Reply last = Reply.json(200, "{\"success\":true,\"errorCode\":0,\"responseData\":{}}");

  /** One scripted reply. */
  public record Reply(int status, String body) {
    /** A JSON body with the given status. */
    public static Reply json(int status, String body) {
      return new Reply(status, body);
    }

    /** A 200 with this JSON body. */
    public static Reply ok(String body) {
      return new Reply(200, body);
    }
  }

  /** One request as the server saw it. */
  public record Received(String method, String path, Map<String, String> headers, String body) {
    /** The body split into decoded name/value pairs, in order. */
    public List<Map.Entry<String, String>> form() {
      List<Map.Entry<String, String>> pairs = new ArrayList<>();
      if (body.isEmpty()) {
        return pairs;
      }
      for (String pair : body.split("&", -1)) {
        int eq = pair.indexOf('=');
        pairs.add(
            Map.entry(
                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
      }
      return pairs;
    }

    /** The value of a form parameter. */
    public String param(String name) {
      return form().stream()
          .filter(e -> e.getKey().equals(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }

    /** A header value (names compared case-insensitively). */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }
  }

  /** Starts a server on an ephemeral loopback port. */
  public ScriptedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** Queues replies, answered in order; the last one repeats. */
  public synchronized ScriptedServer reply(Reply... next) {
    for (Reply r : next) {
      replies.add(Objects.requireNonNull(r));
    }
    return this;
  }

  /** Queues a 200 reply with this JSON body. */
  public ScriptedServer replyOk(String json) {
    return reply(Reply.ok(json));
  }

  /** The base URL, e.g. {@code http://127.0.0.1:12345}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Requests received so far. */
  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** The only request received; fails if there were more or none. */
  public Received onlyRequest() {
    List<Received> all = received();
    if (all.size() != 1) {
      throw new AssertionError("expected one request, got " + all.size());
    }
    return all.get(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
      received.add(
          new Received(
              exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body));
    }
    Reply reply;
    synchronized (this) {
      if (!replies.isEmpty()) {
        last = replies.poll();
      }
      reply = last;
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
