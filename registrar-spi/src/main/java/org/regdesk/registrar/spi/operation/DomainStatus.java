package org.regdesk.registrar.spi.operation;

/**
 * A domain's state at the registrar, in registrar-neutral terms. Plugins map every status their
 * registrar reports onto one of these and keep the raw text alongside ({@link
 * DomainSnapshot#registrarStatus()}). The DonDominio-style statuses are listed per constant as the
 * reference mapping.
 */
public enum DomainStatus {
  /** Registration accepted, not finished yet ({@code register-init}, {@code register-pending}). */
  REGISTRATION_PENDING,
  /** Registration failed or was cancelled ({@code register-cancel}). */
  REGISTRATION_FAILED,
  /** Transfer in progress ({@code transfer-init}, {@code transfer-pending}). */
  TRANSFER_PENDING,
  /** Transfer failed or was cancelled ({@code transfer-cancel}). */
  TRANSFER_FAILED,
  /** Registered and in force ({@code active}; also {@code renewed}, a renewal being processed). */
  ACTIVE,
  /** Held but not in force, e.g. suspended ({@code inactive}). */
  INACTIVE,
  /** Past expiry, still renewable at the normal price ({@code expired-renewgrace}). */
  EXPIRED_GRACE,
  /** Past expiry, restorable only at a redemption fee ({@code expired-redemption}). */
  EXPIRED_REDEMPTION,
  /** Past expiry and about to be deleted; cannot be saved ({@code expired-pendingdelete}). */
  EXPIRED_PENDING_DELETE,
  /**
   * A status the plugin does not know. Hosts treat it as "no news": they change nothing and keep
   * the raw status for staff.
   */
  UNKNOWN;

  /**
   * Whether the domain exists and is held in the account (in force, suspended or expired but not
   * yet gone).
   *
   * @return true for {@link #ACTIVE}, {@link #INACTIVE} and the expired states
   */
  public boolean isRegistered() {
    return this == ACTIVE || this == INACTIVE || isExpired();
  }

  /**
   * Whether a registration or transfer is still in progress.
   *
   * @return true for {@link #REGISTRATION_PENDING} and {@link #TRANSFER_PENDING}
   */
  public boolean isPending() {
    return this == REGISTRATION_PENDING || this == TRANSFER_PENDING;
  }

  /**
   * Whether a registration or transfer ended without the domain.
   *
   * @return true for {@link #REGISTRATION_FAILED} and {@link #TRANSFER_FAILED}
   */
  public boolean isFailed() {
    return this == REGISTRATION_FAILED || this == TRANSFER_FAILED;
  }

  /**
   * Whether the domain is past its expiry date.
   *
   * @return true for the three expired states
   */
  public boolean isExpired() {
    return this == EXPIRED_GRACE || this == EXPIRED_REDEMPTION || this == EXPIRED_PENDING_DELETE;
  }
}
