package org.regdesk.dondominio.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body and decodes it as form fields (§1.4 of the API document): {@code
 * application/x-www-form-urlencoded} or {@code multipart/form-data}, UTF-8, at most {@value
 * #MAX_BODY_BYTES} bytes and {@value #MAX_PARAMETERS} parameters (PHP's {@code max_input_vars}
 * default).
 */
final class RequestForm {
  static final int MAX_BODY_BYTES = 1 << 20;
  static final int MAX_PARAMETERS = 1000;

  /**
   * How much of an oversized body is read and thrown away so that the client, which is probably
   * still sending, gets to read the error; beyond this the connection is closed after the answer.
   */
  private static final long DRAIN_LIMIT = 16L << 20;

  private static final String EXPECTED =
      "expected " + MediaType.FORM_URLENCODED + " or " + MediaType.MULTIPART_FORM;

  private RequestForm() {}

  /** The whole body; more than {@link #MAX_BODY_BYTES} is a {@link MalformedRequestException}. */
  static byte[] readBody(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length <= MAX_BODY_BYTES) {
      return body;
    }
    byte[] buffer = new byte[64 * 1024];
    long drained = 0;
    int n;
    while (drained < DRAIN_LIMIT && (n = in.read(buffer)) >= 0) {
      drained += n;
    }
    if (drained >= DRAIN_LIMIT) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    throw new MalformedRequestException(
        "Request body is larger than " + MAX_BODY_BYTES + " bytes (1 MiB)");
  }

  /** Throws away whatever body a request has, so the connection can carry the next request. */
  static void discardBody(HttpExchange exchange) throws IOException {
    try {
      readBody(exchange);
    } catch (MalformedRequestException ignored) {
      // an oversized body of a request whose body is not read anyway is no error
    }
  }

  /**
   * Decodes a form body according to its {@code Content-Type} header ({@code null} when absent). A
   * request without a body needs no content type: it is a call without parameters.
   */
  static Map<String, String> decode(String contentType, byte[] body) {
    if (contentType == null || contentType.isBlank()) {
      if (body.length == 0) {
        return Map.of();
      }
      throw new MalformedRequestException("Missing Content-Type header; " + EXPECTED);
    }
    MediaType type = MediaType.parse(contentType);
    checkCharset(type);
    switch (type.essence()) {
      case MediaType.FORM_URLENCODED:
        return UrlEncodedForm.decode(body, MAX_PARAMETERS);
      case MediaType.MULTIPART_FORM:
        String boundary =
            type.parameter("boundary")
                .orElseThrow(
                    () ->
                        new MalformedRequestException(
                            "Content-Type multipart/form-data has no boundary parameter"));
        return MultipartForm.decode(body, boundary, MAX_PARAMETERS);
      default:
        throw new MalformedRequestException(
            "Unsupported Content-Type "
                + UrlEncodedForm.printable(type.essence())
                + "; "
                + EXPECTED);
    }
  }

  /** Only UTF-8 (and its subset US-ASCII) is read; anything else would be silently garbled. */
  static void checkCharset(MediaType type) {
    type.parameter("charset")
        .map(c -> c.toLowerCase(Locale.ROOT))
        .filter(c -> !c.equals("utf-8") && !c.equals("utf8") && !c.equals("us-ascii"))
        .ifPresent(
            c -> {
              throw new MalformedRequestException(
                  "Unsupported charset "
                      + UrlEncodedForm.printable(c)
                      + " in Content-Type; the sandbox reads UTF-8 only");
            });
  }
}
