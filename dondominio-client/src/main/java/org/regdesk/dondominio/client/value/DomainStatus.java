package org.regdesk.dondominio.client.value;

import java.util.Arrays;

/**
 * The life-cycle state of a domain in the account ({@code status}).
 *
 * <p>Transfers have no separate status field; they are followed through {@link #TRANSFER_INIT},
 * {@link #TRANSFER_PENDING}, then {@link #ACTIVE} or {@link #TRANSFER_CANCEL}.
 */
public enum DomainStatus {
  /** {@code register-init}: registration accepted, not started; expiry still unknown. */
  REGISTER_INIT("register-init"),
  /** {@code register-pending}: registration in progress at the registry. */
  REGISTER_PENDING("register-pending"),
  /** {@code register-cancel}: registration cancelled or failed. */
  REGISTER_CANCEL("register-cancel"),
  /** {@code transfer-init}: transfer not started yet, e.g. waiting for authorisation. */
  TRANSFER_INIT("transfer-init"),
  /** {@code transfer-pending}: transfer in progress. */
  TRANSFER_PENDING("transfer-pending"),
  /** {@code transfer-cancel}: transfer cancelled or failed. */
  TRANSFER_CANCEL("transfer-cancel"),
  /** {@code inactive}. */
  INACTIVE("inactive"),
  /** {@code active}. */
  ACTIVE("active"),
  /** {@code renewed}: a renewal is being processed; the domain works normally. */
  RENEWED("renewed"),
  /** {@code expired-renewgrace}: expired, can still be renewed at the normal price. */
  EXPIRED_RENEW_GRACE("expired-renewgrace"),
  /** {@code expired-redemption}: expired, in the registry's redemption period. */
  EXPIRED_REDEMPTION("expired-redemption"),
  /** {@code expired-pendingdelete}: expired, about to be deleted. */
  EXPIRED_PENDING_DELETE("expired-pendingdelete"),
  /** A value this client does not know. */
  UNKNOWN("");

  private final String wireValue;

  DomainStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value on the wire. */
  public String wireValue() {
    return wireValue;
  }

  /** Whether the domain has passed its expiry date (any {@code expired-*} status). */
  public boolean isExpired() {
    return wireValue.startsWith("expired");
  }

  /**
   * Reads a server value, case-insensitively. The misspelling {@code expired-prendingdelete} seen
   * in published examples is read as {@link #EXPIRED_PENDING_DELETE}; any other unknown value gives
   * {@link #UNKNOWN}.
   */
  public static DomainStatus fromWire(String value) {
    if ("expired-prendingdelete".equalsIgnoreCase(value)) {
      return EXPIRED_PENDING_DELETE;
    }
    return Arrays.stream(values())
        .filter(s -> s != UNKNOWN && s.wireValue.equalsIgnoreCase(value))
        .findFirst()
        .orElse(UNKNOWN);
  }
}
