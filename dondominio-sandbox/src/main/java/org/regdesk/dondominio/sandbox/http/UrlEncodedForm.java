package org.regdesk.dondominio.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body: {@code &}-separated {@code name=value}
 * pairs, {@code +} is a space, {@code %XX} a byte, the result UTF-8. A pair without {@code =} is a
 * name with an empty value and a pair with an empty name is skipped, as PHP does; a later duplicate
 * replaces an earlier one.
 */
final class UrlEncodedForm {
  private UrlEncodedForm() {}

  static Map<String, String> decode(byte[] body, int maxParameters) {
    Map<String, String> fields = new LinkedHashMap<>();
    int start = 0;
    int index = 0;
    while (start <= body.length) {
      int end = indexOf(body, (byte) '&', start);
      if (end > start) {
        index++;
        int eq = indexOf(body, (byte) '=', start, end);
        String name = decodeComponent(body, start, eq, "name of parameter #" + index);
        if (!name.isEmpty()) {
          String value =
              eq < end ? decodeComponent(body, eq + 1, end, "parameter " + printable(name)) : "";
          fields.put(name, value);
          if (fields.size() > maxParameters) {
            throw new MalformedRequestException("More than " + maxParameters + " parameters");
          }
        }
      }
      start = end + 1;
    }
    return fields;
  }

  private static String decodeComponent(byte[] body, int from, int to, String what) {
    byte[] out = new byte[to - from];
    int length = 0;
    for (int i = from; i < to; i++) {
      byte b = body[i];
      if (b == '+') {
        out[length++] = ' ';
      } else if (b == '%') {
        int high = i + 1 < to ? Character.digit(body[i + 1], 16) : -1;
        int low = i + 2 < to ? Character.digit(body[i + 2], 16) : -1;
        if (high < 0 || low < 0) {
          throw new MalformedRequestException("Invalid percent-escape in " + what);
        }
        out[length++] = (byte) (high * 16 + low);
        i += 2;
      } else {
        out[length++] = b;
      }
    }
    return Utf8.decode(out, 0, length, what);
  }

  /** A parameter name safe to put in an error message: short, printable. */
  static String printable(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length() && out.length() < 64; i++) {
      char c = name.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }

  private static int indexOf(byte[] body, byte target, int from) {
    return indexOf(body, target, from, body.length);
  }

  private static int indexOf(byte[] body, byte target, int from, int to) {
    for (int i = from; i < to; i++) {
      if (body[i] == target) {
        return i;
      }
    }
    return to;
  }
}
