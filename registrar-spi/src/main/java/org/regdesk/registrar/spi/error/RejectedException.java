package org.regdesk.registrar.spi.error;

/**
 * The registrar understood the request and refused it: the name is taken, the auth code is wrong,
 * the TLD's rules are not met, the current expiry does not match. Retrying the same request will
 * fail the same way; show the customer message, keep the detail and code for staff.
 */
public final class RejectedException extends RegistrarException {

  /** What the customer may read. */
  private final String customerMessage;

  /**
   * A refusal.
   *
   * @param customerMessage what the customer may read, e.g. {@code The domain is already taken.}
   * @param staffDetail the registrar's full answer, for staff
   * @param registrarCode the registrar's error code, or null
   */
  public RejectedException(String customerMessage, String staffDetail, String registrarCode) {
    super(staffDetail, registrarCode, null);
    if (customerMessage == null || customerMessage.isBlank()) {
      throw new IllegalArgumentException("customerMessage: a refusal needs a customer message");
    }
    this.customerMessage = customerMessage.strip();
  }

  @Override
  public RegistrarErrorKind kind() {
    return RegistrarErrorKind.REJECTED;
  }

  @Override
  public String customerMessage() {
    return customerMessage;
  }
}
