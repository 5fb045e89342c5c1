package org.regdesk.registrar.spi.error;

/**
 * The reseller's prepaid balance does not cover the charge; nothing was charged. Stop, alert staff,
 * and retry after a top-up. Customers see only a neutral "try again later".
 */
public final class InsufficientFundsException extends RegistrarException {

  /**
   * The balance is too low.
   *
   * @param detail the registrar's answer, for staff
   * @param registrarCode the registrar's error code, or null
   */
  public InsufficientFundsException(String detail, String registrarCode) {
    super(detail, registrarCode, null);
  }

  @Override
  public RegistrarErrorKind kind() {
    return RegistrarErrorKind.INSUFFICIENT_FUNDS;
  }
}
