package org.regdesk.app.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * An order as stored. The auth code of a transfer is never part of it: it stays sealed in the
 * order's row until the order ends.
 *
 * @param id the order's number
 * @param type register, transfer or renew
 * @param domainId the domain record
 * @param domain the domain
 * @param customerId the customer
 * @param plugin the registrar plugin that carries it out
 * @param years the period (1 for a transfer)
 * @param price what the customer is charged, in {@code currency}
 * @param currency the desk's currency code
 * @param premiumPrice the premium price the order accepted, if any
 * @param nameservers the name servers asked for (empty: the registrar's default)
 * @param expiryGuard a renewal's expiry when ordered; empty for other types
 * @param status where it stands
 * @param message the outcome or the registrar's words when it failed, or null
 * @param jobKey the key of its job within the order type's job kind
 * @param submittedAt when the registrar took the request, if it did
 * @param createdAt when it was placed
 * @param updatedAt when it last changed
 * @param completedAt when it ended (done or failed), or null
 */
public record Order(
    long id,
    OrderType type,
    long domainId,
    DomainName domain,
    long customerId,
    String plugin,
    int years,
    BigDecimal price,
    String currency,
    Optional<BigDecimal> premiumPrice,
    List<String> nameservers,
    Optional<LocalDate> expiryGuard,
    OrderStatus status,
    String message,
    String jobKey,
    Optional<Instant> submittedAt,
    Instant createdAt,
    Instant updatedAt,
    Instant completedAt) {

  /** Copies the list. */
  public Order {
    nameservers = List.copyOf(nameservers);
  }

  /**
   * The price as shown and sent: two decimals.
   *
   * @return e.g. {@code 12.50}
   */
  public String priceText() {
    return price.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * The key that is unique among open orders.
   *
   * @return e.g. {@code register:example.com}
   */
  public String openKey() {
    return openKey(type, domain);
  }

  static String openKey(OrderType type, DomainName domain) {
    return type.key() + ":" + domain.ascii();
  }
}
