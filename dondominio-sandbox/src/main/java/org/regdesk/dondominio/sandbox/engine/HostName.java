package org.regdesk.dondominio.sandbox.engine;

import java.util.Optional;

/** Host names of nameservers and glue records: LDH labels, at least two, an alphabetic top. */
final class HostName {
  private HostName() {}

  /** The lower-case IDNA form, or empty when {@code input} is not a usable host name. */
  static Optional<String> normalise(String input) {
    Optional<String> ascii = DomainName.toAscii(input);
    if (ascii.isEmpty()) {
      return Optional.empty();
    }
    String host = ascii.get();
    int lastDot = host.lastIndexOf('.');
    if (lastDot < 0) {
      return Optional.empty();
    }
    String top = host.substring(lastDot + 1);
    for (int i = 0; i < top.length(); i++) {
      char c = top.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '-' && !(c >= '0' && c <= '9')) {
        return Optional.empty();
      }
    }
    // an all-digit top label would make 192.0.2.1 a "host name"
    if (top.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(host);
  }
}
