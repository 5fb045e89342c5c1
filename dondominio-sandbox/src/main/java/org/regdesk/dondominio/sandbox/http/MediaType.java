package org.regdesk.dondominio.sandbox.http;

import java.util.Map;
import java.util.Optional;

/** A parsed {@code Content-Type}: the lower-case {@code type/subtype} and its parameters. */
record MediaType(String essence, Map<String, String> parameters) {
  static final String FORM_URLENCODED = "application/x-www-form-urlencoded";
  static final String MULTIPART_FORM = "multipart/form-data";
  static final String JSON = "application/json";

  MediaType {
    parameters = Map.copyOf(parameters);
  }

  Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /** Parses a header value; a malformed one is a {@link MalformedRequestException}. */
  static MediaType parse(String header) {
    HeaderValue value = HeaderValue.parse(header, "Content-Type");
    String essence = value.token();
    int slash = essence.indexOf('/');
    if (slash <= 0 || slash == essence.length() - 1 || essence.indexOf('/', slash + 1) >= 0) {
      throw new MalformedRequestException("Malformed Content-Type header");
    }
    return new MediaType(essence, value.parameters());
  }
}
