package org.regdesk.registrar.spi.error;

import java.util.Optional;

/**
 * Why a registrar operation failed, as one of a closed set of kinds that each tell the caller what
 * it may do next (see {@link RegistrarErrorKind}): fix the input, retry later, look the outcome up,
 * skip, stop and fix the settings, top up, or accept that the object is not there.
 *
 * <p>Every failure carries two texts. {@link #getMessage()} is the detail for staff and logs;
 * {@link #customerMessage()} is safe to show a customer. Neither ever contains a secret (API
 * passwords, auth codes): plugins build messages from masked values (see {@code SecretMasker}). The
 * registrar's own error code, when there is one, is kept apart in {@link #registrarCode()}.
 *
 * <p>Checked, so that every caller of a plugin decides what each kind means for it.
 */
public abstract sealed class RegistrarException extends Exception
    permits InvalidInputException,
        RejectedException,
        UnavailableException,
        OutcomeUnknownException,
        NotSupportedException,
        AuthenticationFailedException,
        InsufficientFundsException,
        NotFoundException {

  /** The registrar's error code, or null when the failure did not come from the registrar. */
  private final String registrarCode;

  RegistrarException(String detail, String registrarCode, Throwable cause) {
    super(requireDetail(detail), cause);
    this.registrarCode = registrarCode == null || registrarCode.isBlank() ? null : registrarCode;
  }

  private static String requireDetail(String detail) {
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("detail: a failure needs a description for staff");
    }
    return detail.strip();
  }

  /**
   * What kind of failure this is, and so what the caller may do next.
   *
   * @return the kind
   */
  public abstract RegistrarErrorKind kind();

  /**
   * A message safe to show a customer: no registrar internals, no secrets.
   *
   * @return the customer message
   */
  public String customerMessage() {
    return kind().defaultCustomerMessage();
  }

  /**
   * The registrar's error code, for staff and the audit log.
   *
   * @return the code, e.g. {@code 2010}, or empty if the failure did not come from the registrar
   */
  public Optional<String> registrarCode() {
    return Optional.ofNullable(registrarCode);
  }

  /** Returns the kind, the registrar code if any, and the staff detail. */
  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "["
        + kind()
        + (registrarCode == null ? "" : ", registrar code " + registrarCode)
        + "]: "
        + getMessage();
  }
}
