package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * The numeric identifier DonDominio assigns to a domain in the account ({@code domainID}), e.g.
 * {@code 45762358}.
 *
 * @param value a positive number
 */
public record DomainId(long value) {

  /** Checks that the ID is positive. */
  public DomainId {
    if (value < 1) {
      throw new InvalidRequestValueException("domainID", "must be a positive number");
    }
  }

  /** Parses the decimal text form, as the API sometimes sends IDs as strings. */
  public static DomainId parse(String text) {
    if (text == null
        || text.isEmpty()
        || text.length() > 18
        || !text.chars().allMatch(Character::isDigit)) {
      throw new InvalidRequestValueException("domainID", "must be a positive decimal number");
    }
    return new DomainId(Long.parseLong(text));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
