package org.regdesk.app.domain;

import java.util.Optional;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * A domain record to create: for an order (a pending registration or transfer, no snapshot yet) or
 * for a domain found at the registrar (its snapshot).
 *
 * @param name the domain
 * @param customerId the customer it belongs to
 * @param plugin the registrar plugin's stable name
 * @param state the state to start in; a snapshot's status wins when it has one
 * @param autoRenew whether the desk renews it by itself before expiry
 * @param snapshot what the registrar holds, if the domain is already there
 * @param customFields the domain custom field values, already checked
 */
public record NewDomain(
    DomainName name,
    long customerId,
    String plugin,
    DomainState state,
    boolean autoRenew,
    Optional<DomainSnapshot> snapshot,
    CheckedFieldValues customFields) {

  /**
   * A domain an order will register or transfer.
   *
   * @param name the domain
   * @param customerId the customer
   * @param plugin the plugin
   * @param state {@link DomainState#PENDING_REGISTRATION} or {@link DomainState#PENDING_TRANSFER}
   * @param customFields the checked custom field values
   * @return the command
   */
  public static NewDomain ordered(
      DomainName name,
      long customerId,
      String plugin,
      DomainState state,
      CheckedFieldValues customFields) {
    return new NewDomain(name, customerId, plugin, state, false, Optional.empty(), customFields);
  }

  /**
   * A domain already at the registrar, e.g. found by the importer.
   *
   * @param snapshot what the registrar holds
   * @param customerId the customer
   * @param plugin the plugin
   * @return the command
   */
  public static NewDomain held(DomainSnapshot snapshot, long customerId, String plugin) {
    return new NewDomain(
        snapshot.name(),
        customerId,
        plugin,
        DomainState.of(snapshot.status()).orElse(DomainState.ACTIVE),
        false,
        Optional.of(snapshot),
        CheckedFieldValues.NONE);
  }
}
