package org.regdesk.app.catalog;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.regdesk.registrar.spi.value.Tld;

/**
 * A TLD the desk sells (Settings › Products): its product group, prices, welcome e-mail choice and
 * the registrar plugin that registers it automatically.
 *
 * @param id the row id
 * @param tld the TLD, IDN TLDs in A-label form
 * @param groupId the product group (of type Domain)
 * @param groupName the product group's name, for lists
 * @param welcomeEmail whether the customer gets the welcome e-mail after a registration
 * @param registrarPlugin the plugin's stable name, or empty when staff register by hand
 * @param margin the price import margin of this TLD, or empty when the desk's default applies
 * @param prices the prices per operation and term
 * @param currency the desk's currency, which every price is in
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record TldProduct(
    long id,
    Tld tld,
    long groupId,
    String groupName,
    boolean welcomeEmail,
    Optional<String> registrarPlugin,
    Optional<Margin> margin,
    TldPrices prices,
    Currency currency,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Whether staff register domains of this TLD by hand.
   *
   * @return true when no plugin is assigned
   */
  public boolean manual() {
    return registrarPlugin.isEmpty();
  }
}
