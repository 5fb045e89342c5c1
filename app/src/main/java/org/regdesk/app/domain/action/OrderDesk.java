package org.regdesk.app.domain.action;

import org.regdesk.app.ConflictException;
import org.regdesk.app.ValidationException;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * Places orders the way {@code POST /api/v1/orders} does, for the Plugin actions Renew and Initiate
 * transfer and for automatic renewal. The orders feature implements it (one adapter over its
 * service); without an implementation those actions say that orders are not available.
 */
public interface OrderDesk {

  /**
   * Places a renew order ({@code {"type":"renew","domain":…,"customerId":…,"years":…}}); the
   * domain's current expiry becomes the order's guard.
   *
   * @param customerId the customer the domain belongs to
   * @param domain the domain
   * @param years for how many years
   * @return the order
   * @throws ValidationException naming the field at fault; nothing is stored
   * @throws ConflictException when an open renew order for the domain exists
   */
  PlacedOrder renew(long customerId, DomainName domain, int years);

  /**
   * Places a transfer order ({@code {"type":"transfer",…,"authCode":…}}); the auth code is sealed
   * by the orders feature and never shown again.
   *
   * @param customerId the customer
   * @param domain the domain
   * @param authCode the auth code
   * @param years for how many years (the renewal a transfer adds)
   * @return the order
   * @throws ValidationException naming the field at fault; nothing is stored
   * @throws ConflictException when an open transfer order for the domain exists
   */
  PlacedOrder transfer(long customerId, DomainName domain, AuthCode authCode, int years);

  /**
   * An order as placed.
   *
   * @param id the order's id
   * @param status {@code pending}, {@code running}, {@code done} or {@code failed}
   */
  record PlacedOrder(long id, String status) {}
}
