package org.regdesk.dondominio.sandbox.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a request path into the lower-case {@code module/action} of §1.3 of the API document:
 * segments are lower-cased, empty segments (a leading double slash, a trailing slash) are dropped,
 * the query string is ignored.
 */
final class ApiPath {
  /** The first segment of the control API's paths. */
  static final String CONTROL_PREFIX = "_sandbox";

  private ApiPath() {}

  /** The path's non-empty segments, lower case, percent-escapes decoded. */
  static List<String> segments(URI uri) {
    return segments(path(uri));
  }

  /** The action named by the path, e.g. {@code domain/getinfo} for {@code /Domain/GetInfo/}. */
  static String action(URI uri) {
    return String.join("/", segments(uri));
  }

  /** The same normalisation for an action name given as text. */
  static String normalise(String action) {
    return String.join("/", segments(action));
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment.toLowerCase(Locale.ROOT));
      }
    }
    return segments;
  }

  /**
   * The decoded path. A request line like {@code POST //tool/hello HTTP/1.1} parses as a URI whose
   * authority is {@code tool} and whose path is {@code /hello}; the authority is put back, since a
   * client that sends a leading double slash means a path.
   */
  private static String path(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (uri.getScheme() == null && uri.getAuthority() != null) {
      return "//" + uri.getAuthority() + path;
    }
    return path;
  }
}
