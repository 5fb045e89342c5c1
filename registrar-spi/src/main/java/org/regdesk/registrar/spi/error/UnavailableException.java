package org.regdesk.registrar.spi.error;

/**
 * The registrar could not be reached, timed out before the request was sent, answered with a server
 * error, or asked the caller to slow down; the request did not take effect. Retry later with
 * backoff. A caller must never read this as "the domain is gone".
 *
 * <p>If a charged or changing request may already have reached the registrar (the connection
 * dropped while waiting for the answer), the plugin throws {@link OutcomeUnknownException} instead.
 */
public final class UnavailableException extends RegistrarException {

  /**
   * The registrar is unavailable.
   *
   * @param detail what failed, for staff
   * @param registrarCode the registrar's error code (e.g. for maintenance), or null
   * @param cause the underlying failure, or null
   */
  public UnavailableException(String detail, String registrarCode, Throwable cause) {
    super(detail, registrarCode, cause);
  }

  /**
   * The registrar is unavailable, without a registrar code.
   *
   * @param detail what failed, for staff
   * @param cause the underlying failure, or null
   */
  public UnavailableException(String detail, Throwable cause) {
    this(detail, null, cause);
  }

  @Override
  public RegistrarErrorKind kind() {
    return RegistrarErrorKind.UNAVAILABLE;
  }
}
