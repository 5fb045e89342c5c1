package org.regdesk.registrar.tck.fake;

import java.util.List;

/** The fake registry's error answer: a code, a message, and the fields at fault if any. */
final class RegistryError extends RuntimeException {

  /** The registry's error codes, numbered like the reseller API Regdesk talks to. */
  enum Code {
    FIELDS("101"),
    LOGIN_REFUSED("1004"),
    NO_FUNDS("1100"),
    INVALID_NAME("2001"),
    TLD_UNSUPPORTED("2002"),
    NOT_FOUND("2008"),
    TAKEN("2010"),
    PREMIUM("2011"),
    TRANSFER_REFUSED("2012"),
    RENEW_REFUSED("2100"),
    UPDATE_REFUSED("2200"),
    NO_LOCK("2201");

    final String number;

    Code(String number) {
      this.number = number;
    }
  }

  final Code code;
  final List<String> fields;

  RegistryError(Code code, String message) {
    this(code, message, List.of());
  }

  RegistryError(Code code, String message, List<String> fields) {
    super(code.number + " " + message);
    this.code = code;
    this.fields = List.copyOf(fields);
  }
}
