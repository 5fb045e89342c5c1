package org.regdesk.registrar.spi.operation;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Period;

/**
 * The registrar's cost for one operation on a TLD (register, renew or transfer).
 *
 * @param perYear the cost of one year; a term of n years costs n times this unless the registrar
 *     says otherwise
 * @param periods the terms the registry allows, at least one
 * @param promotional whether the price is a temporary promotion
 */
public record OperationPrice(Money perYear, Set<Period> periods, boolean promotional) {

  /**
   * Checks the parts; prices are never negative.
   *
   * @param perYear the cost of one year; a term of n years costs n times this unless the registrar
   *     says otherwise
   * @param periods the terms the registry allows, at least one
   * @param promotional whether the price is a temporary promotion
   */
  public OperationPrice {
    Require.present("price", perYear);
    if (perYear.isNegative()) {
      throw new InvalidValueException("price", "must not be negative");
    }
    Require.present("periods", periods);
    if (periods.isEmpty()) {
      throw new InvalidValueException("periods", "at least one term is required");
    }
    periods = Collections.unmodifiableSet(new TreeSet<>(periods));
  }
}
