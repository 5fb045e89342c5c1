package org.regdesk.dondominio.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of one request, in order, as they go into the {@code
 * application/x-www-form-urlencoded} body. Only parameters that are set appear; booleans are {@code
 * 1}/{@code 0}. Secret values (the API password, auth codes) are masked in {@link #toString()}.
 */
public final class FormParameters {
  private static final String MASK = "****";
  private final List<Parameter> parameters;

  private FormParameters(List<Parameter> parameters) {
    this.parameters = List.copyOf(parameters);
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No parameters. */
  public static FormParameters empty() {
    return new FormParameters(List.of());
  }

  /** The parameters in order. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** The value of a parameter, if present. */
  public Optional<String> value(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst();
  }

  /** The parameter names in order. */
  public List<String> names() {
    return parameters.stream().map(Parameter::name).collect(Collectors.toList());
  }

  /** The values marked secret, for masking them wherever text leaves the client. */
  public Set<String> secretValues() {
    return parameters.stream()
        .filter(Parameter::secret)
        .map(Parameter::value)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The body: {@code name=value} pairs, UTF-8 percent-encoded, joined with {@code &}. */
  public String toUrlEncoded() {
    return parameters.stream()
        .map(p -> encode(p.name()) + "=" + encode(p.value()))
        .collect(Collectors.joining("&"));
  }

  /** These parameters followed by {@code more}. */
  public FormParameters followedBy(FormParameters more) {
    Builder builder = builder();
    parameters.forEach(builder::add);
    more.parameters.forEach(builder::add);
    return builder.build();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FormParameters
        && ((FormParameters) other).parameters.equals(parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  @Override
  public String toString() {
    return parameters.stream().map(Parameter::toString).collect(Collectors.joining("&"));
  }

  /**
   * One parameter.
   *
   * @param name the wire name
   * @param value the value
   * @param secret whether the value must never be shown
   */
  public record Parameter(String name, String value, boolean secret) {
    /** Checks the parts are present. */
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return name + "=" + (secret ? MASK : value);
    }
  }

  /** Builds {@link FormParameters}; a name may appear only once. */
  public static final class Builder {
    private final List<Parameter> parameters = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private Builder() {}

    /** Adds a parameter. */
    public Builder add(String name, String value) {
      return add(new Parameter(name, value, false));
    }

    /** Adds a parameter when the value is present. */
    public Builder add(String name, Optional<String> value) {
      value.ifPresent(v -> add(name, v));
      return this;
    }

    /** Adds a whole number. */
    public Builder add(String name, long value) {
      return add(name, Long.toString(value));
    }

    /**
     * Adds a flag as {@code 1} or {@code 0}. Never {@code "false"}: a server reading PHP truthiness
     * would take any non-empty string other than {@code 0} as true.
     */
    public Builder flag(String name, boolean value) {
      return add(name, value ? "1" : "0");
    }

    /** Adds a flag when present. */
    public Builder flag(String name, Optional<Boolean> value) {
      value.ifPresent(v -> flag(name, v));
      return this;
    }

    /** Adds a parameter whose value must never be shown. */
    public Builder secret(String name, String value) {
      return add(new Parameter(name, value, true));
    }

    /** Adds a prepared parameter. */
    public Builder add(Parameter parameter) {
      if (!names.add(parameter.name())) {
        throw new IllegalStateException("parameter " + parameter.name() + " set twice");
      }
      parameters.add(parameter);
      return this;
    }

    /** Builds. */
    public FormParameters build() {
      return new FormParameters(parameters);
    }
  }
}
