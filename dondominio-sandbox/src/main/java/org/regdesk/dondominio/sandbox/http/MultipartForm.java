package org.regdesk.dondominio.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a {@code multipart/form-data} body (RFC 7578), the encoding PHP's cURL uses for an array
 * of POST fields. Lines end in CRLF; each part needs {@code Content-Disposition: form-data;
 * name="..."}. A part with a {@code filename} is taken as an ordinary parameter whose value is the
 * file's content: the API has only flat text parameters, so a client that sends one as a file means
 * its content. Other part headers ({@code Content-Type} and so on) are ignored. Preamble and
 * epilogue are ignored; a body without its closing boundary is refused.
 */
final class MultipartForm {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final int MAX_BOUNDARY_LENGTH = 200;

  private MultipartForm() {}

  static Map<String, String> decode(byte[] body, String boundary, int maxParameters) {
    if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
      throw new MalformedRequestException(
          "multipart/form-data boundary must have 1 to " + MAX_BOUNDARY_LENGTH + " characters");
    }
    byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.UTF_8);
    byte[] delimiter = concat(CRLF, dashBoundary);

    int pos;
    if (startsWith(body, 0, dashBoundary)) {
      pos = dashBoundary.length;
    } else {
      int found = indexOf(body, delimiter, 0);
      if (found < 0) {
        throw new MalformedRequestException("Multipart body does not contain its boundary");
      }
      pos = found + delimiter.length;
    }

    Map<String, String> fields = new LinkedHashMap<>();
    int partNumber = 0;
    while (true) {
      if (startsWith(body, pos, new byte[] {'-', '-'})) {
        return fields;
      }
      while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
        pos++;
      }
      if (!startsWith(body, pos, CRLF)) {
        throw new MalformedRequestException(
            pos >= body.length
                ? "Multipart body ends without its closing boundary"
                : "Multipart boundary line is not followed by CRLF");
      }
      pos += CRLF.length;
      partNumber++;

      String name = null;
      while (true) {
        int lineEnd = indexOf(body, CRLF, pos);
        if (lineEnd < 0) {
          throw new MalformedRequestException(
              "Multipart part #" + partNumber + " has unterminated headers");
        }
        if (lineEnd == pos) {
          pos += CRLF.length;
          break;
        }
        String line =
            Utf8.decode(body, pos, lineEnd - pos, "header of multipart part #" + partNumber);
        pos = lineEnd + CRLF.length;
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new MalformedRequestException(
              "Multipart part #" + partNumber + " has a malformed header line");
        }
        String headerName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (headerName.equals("content-disposition")) {
          HeaderValue disposition =
              HeaderValue.parse(line.substring(colon + 1), "Content-Disposition");
          if (!disposition.token().equals("form-data")) {
            throw new MalformedRequestException(
                "Multipart part #" + partNumber + " is not Content-Disposition: form-data");
          }
          name = disposition.parameter("name").orElse(null);
        }
      }
      if (name == null || name.isEmpty()) {
        throw new MalformedRequestException(
            "Multipart part #" + partNumber + " has no Content-Disposition name");
      }

      int end = indexOf(body, delimiter, pos);
      if (end < 0) {
        throw new MalformedRequestException("Multipart body ends without its closing boundary");
      }
      String printableName = UrlEncodedForm.printable(name);
      fields.put(name, Utf8.decode(body, pos, end - pos, "parameter " + printableName));
      if (fields.size() > maxParameters) {
        throw new MalformedRequestException("More than " + maxParameters + " parameters");
      }
      pos = end + delimiter.length;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static boolean startsWith(byte[] body, int at, byte[] prefix) {
    if (at + prefix.length > body.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (body[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= body.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (body[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
