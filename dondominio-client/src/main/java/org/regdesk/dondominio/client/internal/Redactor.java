package org.regdesk.dondominio.client.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Masks secret values (the API password, auth codes) in text that leaves the client: exception
 * messages and log lines. The server could echo a parameter back in an error message, so even
 * server text goes through here.
 */
public final class Redactor {
  private static final String MASK = "****";
  private final List<String> secrets;

  /** A redactor for these secrets; their URL-encoded forms are masked too. */
  public Redactor(Collection<String> secrets) {
    List<String> all = new ArrayList<>();
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        all.add(secret);
        all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      }
    }
    // longest first, so a secret that contains another is masked whole
    all.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(all);
  }

  /** The text with every secret replaced by {@code ****}. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  /** Each text redacted. */
  public List<String> redact(List<String> texts) {
    return texts.stream().map(this::redact).toList();
  }
}
