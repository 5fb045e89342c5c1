package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's fixed, documented rules for names nobody in the sandbox holds: some are taken at
 * another registrar, some are premium. They apply in every zone and look only at the label.
 *
 * <ul>
 *   <li>taken: a well-known brand ({@link #TAKEN}) or a label starting with {@code taken-}
 *   <li>premium: a listed word ({@link #PREMIUM}, with its price) or a label starting with {@code
 *       premium-} (499.00)
 * </ul>
 */
final class NameRules {
  static final Set<String> TAKEN =
      Set.of(
          "google",
          "facebook",
          "amazon",
          "microsoft",
          "apple",
          "wikipedia",
          "youtube",
          "twitter",
          "instagram",
          "netflix",
          "github",
          "example",
          "dondominio",
          "mrdomain",
          "linkedin",
          "paypal",
          "yahoo",
          "whatsapp",
          "spotify",
          "mozilla");
  static final Map<String, BigDecimal> PREMIUM =
      Map.of(
          "casino", new BigDecimal("2500.00"),
          "hotel", new BigDecimal("1200.00"),
          "vip", new BigDecimal("950.00"),
          "luxury", new BigDecimal("1800.00"),
          "poker", new BigDecimal("1500.00"),
          "crypto", new BigDecimal("3000.00"),
          "bank", new BigDecimal("4000.00"),
          "travel", new BigDecimal("850.00"));
  static final BigDecimal PREFIX_PREMIUM_PRICE = new BigDecimal("499.00");

  private NameRules() {}

  static boolean isTakenElsewhere(DomainName name) {
    String label = name.label();
    return TAKEN.contains(label) || label.startsWith("taken-");
  }

  /** The yearly premium price, or empty for a standard name. */
  static Optional<BigDecimal> premiumPrice(DomainName name) {
    String label = name.label();
    BigDecimal listed = PREMIUM.get(label);
    if (listed != null) {
      return Optional.of(listed);
    }
    return label.startsWith("premium-") ? Optional.of(PREFIX_PREMIUM_PRICE) : Optional.empty();
  }
}
