package org.regdesk.registrar.spi.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Masks secrets in call parameters and in any text bound for a log, an audit row or an exception
 * message. Two rules, both applied everywhere:
 *
 * <ul>
 *   <li>by key: a parameter whose key looks sensitive (it contains {@code pass}, {@code secret},
 *       {@code token}, {@code apikey}, {@code authcode}, {@code authinfo} or {@code eppcode},
 *       ignoring case and punctuation, plus any key added with {@link #withSensitiveKeys}) has its
 *       whole value replaced by {@link #MASK};
 *   <li>by value: every occurrence of a known secret value (the plugin's secret settings, an auth
 *       code being sent), raw or URL-encoded, is replaced by {@link #MASK} wherever it appears.
 * </ul>
 *
 * <p>Immutable; the {@code with…} methods return new maskers.
 */
public final class SecretMasker {

  /** What a masked value reads as. Fixed length, so it gives away nothing about the secret. */
  public static final String MASK = "****";

  private static final List<String> SENSITIVE_KEY_PARTS =
      List.of("pass", "secret", "token", "apikey", "authcode", "authinfo", "eppcode");

  private static final SecretMasker STANDARD = new SecretMasker(Set.of(), List.of());

  private final Set<String> extraKeys;
  private final List<String> secretValues;

  private SecretMasker(Set<String> extraKeys, List<String> secretValues) {
    this.extraKeys = extraKeys;
    this.secretValues = secretValues;
  }

  /**
   * A masker with the key rule only.
   *
   * @return the standard masker
   */
  public static SecretMasker standard() {
    return STANDARD;
  }

  /**
   * A masker that also scrubs these values wherever they appear.
   *
   * @param secrets secret values; blank ones are ignored
   * @return a new masker
   */
  public SecretMasker withSecretValues(Collection<String> secrets) {
    Set<String> all = new LinkedHashSet<>(secretValues);
    for (String secret : secrets) {
      if (secret == null || secret.isBlank()) {
        continue;
      }
      all.add(secret);
      all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }
    List<String> longestFirst = new ArrayList<>(all);
    // Longest first, so that a secret containing another is masked whole.
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    return new SecretMasker(extraKeys, List.copyOf(longestFirst));
  }

  /**
   * A masker that also treats these keys as sensitive.
   *
   * @param keys parameter keys, compared ignoring case and punctuation
   * @return a new masker
   */
  public SecretMasker withSensitiveKeys(String... keys) {
    Set<String> all = new LinkedHashSet<>(extraKeys);
    for (String key : keys) {
      all.add(normalise(key));
    }
    return new SecretMasker(Set.copyOf(all), secretValues);
  }

  /**
   * Whether a parameter key is sensitive.
   *
   * @param key the key
   * @return true if values under it are masked whole
   */
  public boolean isSensitiveKey(String key) {
    String normalised = normalise(key);
    return extraKeys.contains(normalised)
        || SENSITIVE_KEY_PARTS.stream().anyMatch(normalised::contains);
  }

  /**
   * A copy of the parameters, in the same order, with sensitive values masked.
   *
   * @param parameters the parameters as sent
   * @return the masked copy, unmodifiable
   */
  public Map<String, String> mask(Map<String, String> parameters) {
    Map<String, String> masked = new LinkedHashMap<>();
    parameters.forEach(
        (key, value) ->
            masked.put(key, isSensitiveKey(key) ? MASK : scrub(value == null ? "" : value)));
    return Collections.unmodifiableMap(masked);
  }

  /**
   * The text with every known secret value replaced by {@link #MASK}.
   *
   * @param text any text, e.g. a registrar reply or an exception message
   * @return the scrubbed text
   */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String scrubbed = text;
    for (String secret : secretValues) {
      scrubbed = scrubbed.replace(secret, MASK);
    }
    return scrubbed;
  }

  private static String normalise(String key) {
    return key == null ? "" : key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
