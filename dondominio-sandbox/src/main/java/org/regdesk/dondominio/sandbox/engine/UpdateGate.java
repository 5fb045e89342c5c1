package org.regdesk.dondominio.sandbox.engine;

/**
 * Who may change a domain: not a transfer in progress or cancelled, not a domain past the renewal
 * grace period (2201); and nothing but the modification lock itself while that lock is on (2202).
 */
final class UpdateGate {
  private UpdateGate() {}

  static void requireUpdatable(Domain domain) {
    switch (domain.status) {
      case REGISTER_INIT:
      case REGISTER_PENDING:
      case ACTIVE:
      case RENEWED:
      case EXPIRED_RENEWGRACE:
      case INACTIVE:
        return;
      default:
        throw new ApiError(
            ErrorCodes.UPDATE_NOT_ALLOWED,
            "Domain update not allowed while the domain is " + domain.status.wire());
    }
  }

  /** {@link #requireUpdatable} plus the modification lock. */
  static void requireModifiable(Domain domain) {
    requireUpdatable(domain);
    if (domain.modifyBlock) {
      throw new ApiError(
          ErrorCodes.UPDATE_BLOCKED,
          "Domain update blocked: the modification lock (modifyBlock) is on");
    }
  }
}
