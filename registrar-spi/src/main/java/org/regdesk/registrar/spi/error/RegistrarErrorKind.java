package org.regdesk.registrar.spi.error;

/**
 * The kinds of {@link RegistrarException}, each saying what the caller may do next. Lets a host
 * decide with an exhaustive {@code switch}.
 */
public enum RegistrarErrorKind {
  /** The input broke a rule; no registrar call was made. Fix the input, then try again. */
  INVALID_INPUT("Some of the details are not valid. Please correct them and try again."),
  /**
   * The registrar understood the request and said no (name taken, TLD rules, wrong auth code …). Do
   * not retry the same request; show the customer message and tell staff.
   */
  REJECTED("The registrar refused the request."),
  /**
   * The registrar could not be asked, or its answer shows the request did not take effect. Nothing
   * changed: retry later with backoff. Never conclude that a domain is gone.
   */
  UNAVAILABLE("The registrar is temporarily unavailable. Please try again later."),
  /**
   * The request may or may not have taken effect (the connection dropped after sending it). Look
   * the domain up before anything else; never blindly send a charged operation again.
   */
  OUTCOME_UNKNOWN("The request is being checked with the registrar. Please try again later."),
  /** The plugin does not offer this, or not for this TLD. Skip it quietly; hide the action. */
  NOT_SUPPORTED("This is not available for this domain."),
  /** The registrar refused the plugin's credentials. Stop, and have staff fix the settings. */
  AUTHENTICATION_FAILED("The registrar is temporarily unavailable. Please try again later."),
  /** The reseller's balance does not cover the charge. Stop, alert staff; retry after a top-up. */
  INSUFFICIENT_FUNDS("The request cannot be completed right now. Please try again later."),
  /**
   * The registrar does not hold the object (for a domain: it is not in this account). Only ever
   * raised on a definite answer from the registrar, never on connection trouble.
   */
  NOT_FOUND("The domain was not found at the registrar.");

  private final String customerMessage;

  RegistrarErrorKind(String customerMessage) {
    this.customerMessage = customerMessage;
  }

  /**
   * A message that is safe to show a customer for this kind of failure, used unless the exception
   * carries a more specific one.
   *
   * @return the default customer message
   */
  public String defaultCustomerMessage() {
    return customerMessage;
  }
}
