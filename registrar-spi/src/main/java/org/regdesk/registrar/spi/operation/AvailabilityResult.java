package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Money;

/**
 * The answer for one name of an availability check.
 *
 * @param name the name checked
 * @param availability whether it can be registered
 * @param premium whether the registry prices the name as premium; registering it needs the caller's
 *     consent to {@code price}
 * @param price the registration price for one year, if the registrar quoted one (always for premium
 *     names)
 * @param detail the registrar's explanation, e.g. why a name is invalid, if it gave one
 */
public record AvailabilityResult(
    DomainName name,
    Availability availability,
    boolean premium,
    Optional<Money> price,
    Optional<String> detail) {

  /**
   * Checks the parts; a price is never negative.
   *
   * @param name the name checked
   * @param availability whether it can be registered
   * @param premium whether the registry prices the name as premium; registering it needs the
   *     caller's consent to {@code price}
   * @param price the registration price for one year, if the registrar quoted one (always for
   *     premium names)
   * @param detail the registrar's explanation, e.g. why a name is invalid, if it gave one
   */
  public AvailabilityResult {
    Require.present("name", name);
    Require.present("availability", availability);
    Require.present("price", price);
    if (price.isPresent() && price.get().isNegative()) {
      throw new InvalidValueException("price", "must not be negative");
    }
    detail = Require.optionalLine("detail", detail, 1000);
  }

  /**
   * A result without premium pricing or detail.
   *
   * @param name the name
   * @param availability the answer
   * @return the result
   */
  public static AvailabilityResult of(DomainName name, Availability availability) {
    return new AvailabilityResult(name, availability, false, Optional.empty(), Optional.empty());
  }
}
