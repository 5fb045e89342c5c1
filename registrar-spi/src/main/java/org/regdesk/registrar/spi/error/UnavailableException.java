package org.regdesk.registrar.spi.error;

/**
 * The registrar could not be asked, or answered in a way that shows the request did not take
 * effect: the connection was refused or timed out before the request was sent, the registrar is in
 * maintenance or asks the caller to slow down, or a read failed. Retry later with backoff. A caller
 * must never read this as "the domain is gone".
 *
 * <p>If a charged or changing request may already have reached the registrar (the connection
 * dropped while waiting for the answer, a server error after sending it), the plugin throws {@link
 * OutcomeUnknownException} instead.
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
