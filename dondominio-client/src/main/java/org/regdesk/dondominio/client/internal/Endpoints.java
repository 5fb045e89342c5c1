package org.regdesk.dondominio.client.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * Rules for the API endpoint: HTTPS, except plain HTTP to a loopback address (a local sandbox), so
 * credentials never cross a network in clear text.
 */
public final class Endpoints {
  private Endpoints() {}

  /**
   * Checks an endpoint and returns it without a trailing slash.
   *
   * @throws InvalidRequestValueException naming {@code endpoint} when a rule is broken
   */
  public static URI check(URI endpoint) {
    Checks.required(endpoint, "endpoint");
    String scheme =
        endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    String host = endpoint.getHost();
    if (host == null || host.isEmpty() || !endpoint.isAbsolute()) {
      throw new InvalidRequestValueException("endpoint", "must be an absolute URL with a host");
    }
    if (endpoint.getRawUserInfo() != null
        || endpoint.getRawQuery() != null
        || endpoint.getRawFragment() != null) {
      throw new InvalidRequestValueException(
          "endpoint", "must not carry user info, a query or a fragment");
    }
    if (scheme.equals("http")) {
      if (!isLoopback(host)) {
        throw new InvalidRequestValueException(
            "endpoint",
            "plain http is allowed only for loopback hosts (localhost, 127.0.0.0/8, ::1); use"
                + " https");
      }
    } else if (!scheme.equals("https")) {
      throw new InvalidRequestValueException("endpoint", "must use https");
    }
    String text = endpoint.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  /** Whether a URI host names the loopback interface, decided without any DNS lookup. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      String literal = h.substring(1, h.length() - 1);
      if (!literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
        return false;
      }
      try {
        return InetAddress.getByName(literal).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty()
          || part.length() > 3
          || !part.chars().allMatch(Character::isDigit)
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
