package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One zone of the catalogue: prices per action, the registration periods it sells, and the rules
 * the engine enforces for it.
 *
 * @param name the zone without a leading dot, e.g. {@code com.es}
 * @param top the top-level label, e.g. {@code es}
 * @param years allowed periods in years, ascending; the first is the default period
 * @param transferLock whether the zone supports the registrar (transfer) lock
 * @param authcodeRequired whether a transfer in needs the auth code of the current registrar
 * @param idn whether internationalised names can be registered in it
 * @param requiredFields the §5 extra parameters {@code domain/create} must carry
 * @param optionalFields further §5 parameters the zone accepts and stores
 */
record Tld(
    String name,
    String top,
    BigDecimal createPrice,
    BigDecimal transferPrice,
    BigDecimal renewPrice,
    List<Integer> years,
    boolean transferLock,
    boolean authcodeRequired,
    boolean idn,
    List<String> requiredFields,
    List<String> optionalFields) {

  Tld {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(top, "top");
    createPrice = createPrice.setScale(2, RoundingMode.UNNECESSARY);
    transferPrice = transferPrice.setScale(2, RoundingMode.UNNECESSARY);
    renewPrice = renewPrice.setScale(2, RoundingMode.UNNECESSARY);
    years = List.copyOf(years);
    requiredFields = List.copyOf(requiredFields);
    optionalFields = List.copyOf(optionalFields);
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a zone sells at least one period: " + name);
    }
  }

  int defaultYears() {
    return years.get(0);
  }

  boolean allowsYears(int period) {
    return years.contains(period);
  }

  /** The {@code years} text of {@code account/zones}: {@code "1,2,3"}. */
  String yearsText() {
    return years.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
