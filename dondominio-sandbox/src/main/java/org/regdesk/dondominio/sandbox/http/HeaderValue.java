package org.regdesk.dondominio.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A structured header value such as {@code multipart/form-data; boundary="x"} or {@code form-data;
 * name="apiuser"}: the leading token and its {@code ;}-separated parameters (names lower case,
 * quoted values unquoted).
 */
record HeaderValue(String token, Map<String, String> parameters) {
  HeaderValue {
    parameters = Map.copyOf(parameters);
  }

  Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /** Parses a header value; a malformed one is a {@link MalformedRequestException}. */
  static HeaderValue parse(String header, String headerName) {
    List<String> pieces = splitOutsideQuotes(header, headerName);
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String raw : pieces.subList(1, pieces.size())) {
      String piece = raw.strip();
      if (piece.isEmpty()) {
        continue;
      }
      int eq = piece.indexOf('=');
      if (eq <= 0) {
        throw new MalformedRequestException("Malformed " + headerName + " header");
      }
      String name = piece.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      parameters.putIfAbsent(name, unquote(piece.substring(eq + 1).strip()));
    }
    return new HeaderValue(pieces.get(0).strip().toLowerCase(Locale.ROOT), parameters);
  }

  private static List<String> splitOutsideQuotes(String header, String headerName) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (quoted && c == '\\' && i + 1 < header.length()) {
        current.append(c).append(header.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ';' && !quoted) {
        pieces.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new MalformedRequestException(
          "Malformed " + headerName + " header: unterminated quote");
    }
    pieces.add(current.toString());
    return pieces;
  }

  private static String unquote(String value) {
    if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 1; i < value.length() - 1; i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() - 1) {
        c = value.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
