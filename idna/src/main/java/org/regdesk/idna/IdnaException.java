package org.regdesk.idna;

/**
 * A name or label that is not a valid internationalised domain name under IDNA2008. The message is
 * the rule, as a phrase to follow the name ({@link IdnaViolation#describe}); callers that convert
 * single labels can word it for the label with {@link #labelMessage()}. Neither holds the name
 * itself, so callers decide how to show what was refused.
 */
public final class IdnaException extends IllegalArgumentException {
  private final IdnaViolation violation;
  private final int codePoint;

  /**
   * A violation not about one code point.
   *
   * @param violation the rule broken
   */
  public IdnaException(IdnaViolation violation) {
    this(violation, -1);
  }

  /**
   * A violation caused by one code point.
   *
   * @param violation the rule broken
   * @param codePoint the offending code point, or -1
   */
  public IdnaException(IdnaViolation violation, int codePoint) {
    super(violation.describe(codePoint));
    this.violation = violation;
    this.codePoint = codePoint;
  }

  /**
   * The rule broken.
   *
   * @return the violation
   */
  public IdnaViolation violation() {
    return violation;
  }

  /**
   * The rule as a phrase that follows the refused label, e.g. {@code "starts or ends with a
   * hyphen"}.
   *
   * @return the phrase
   */
  public String labelMessage() {
    return violation.describeLabel(codePoint);
  }

  /**
   * The code point that broke the rule, where there is one.
   *
   * @return the code point, or -1
   */
  public int codePoint() {
    return codePoint;
  }
}
