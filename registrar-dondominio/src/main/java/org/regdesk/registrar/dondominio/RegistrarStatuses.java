package org.regdesk.registrar.dondominio;

import java.util.EnumMap;
import java.util.Map;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.operation.TransferProgress;

/**
 * DonDominio's twelve domain statuses, each mapped to the desk's status and, where it concerns a
 * transfer in, to the transfer's progress.
 */
final class RegistrarStatuses {

  private static final Map<org.regdesk.dondominio.client.value.DomainStatus, DomainStatus> DESK =
      new EnumMap<>(org.regdesk.dondominio.client.value.DomainStatus.class);

  static {
    put("REGISTER_INIT", DomainStatus.REGISTRATION_PENDING);
    put("REGISTER_PENDING", DomainStatus.REGISTRATION_PENDING);
    put("REGISTER_CANCEL", DomainStatus.REGISTRATION_FAILED);
    put("TRANSFER_INIT", DomainStatus.TRANSFER_PENDING);
    put("TRANSFER_PENDING", DomainStatus.TRANSFER_PENDING);
    put("TRANSFER_CANCEL", DomainStatus.TRANSFER_FAILED);
    put("INACTIVE", DomainStatus.INACTIVE);
    put("ACTIVE", DomainStatus.ACTIVE);
    // "renewed" is an active domain whose renewal is being processed.
    put("RENEWED", DomainStatus.ACTIVE);
    put("EXPIRED_RENEW_GRACE", DomainStatus.EXPIRED_GRACE);
    put("EXPIRED_REDEMPTION", DomainStatus.EXPIRED_REDEMPTION);
    put("EXPIRED_PENDING_DELETE", DomainStatus.EXPIRED_PENDING_DELETE);
    put("UNKNOWN", DomainStatus.UNKNOWN);
  }

  private RegistrarStatuses() {}

  private static void put(String registrar, DomainStatus desk) {
    DESK.put(org.regdesk.dondominio.client.value.DomainStatus.valueOf(registrar), desk);
  }

  /** The desk's status for a registrar status. */
  static DomainStatus desk(org.regdesk.dondominio.client.value.DomainStatus status) {
    return DESK.get(status);
  }

  /** The registrar's spelling, for staff; {@code unknown} when the registrar sent something new. */
  static String wire(org.regdesk.dondominio.client.value.DomainStatus status) {
    return status.wireValue().isEmpty() ? "unknown" : status.wireValue();
  }

  /**
   * Where a transfer in stands, given the domain's status. Active and renewed mean completed (as
   * DonDominio's own modules read them), as do later life-cycle states of a domain that arrived.
   *
   * @return the progress, or null if the status is not about a transfer (a registration)
   */
  static TransferProgress transferProgress(
      org.regdesk.dondominio.client.value.DomainStatus status) {
    switch (DESK.get(status)) {
      case TRANSFER_PENDING:
        return TransferProgress.PENDING;
      case TRANSFER_FAILED:
        return TransferProgress.FAILED;
      case ACTIVE:
      case INACTIVE:
      case EXPIRED_GRACE:
      case EXPIRED_REDEMPTION:
      case EXPIRED_PENDING_DELETE:
        return TransferProgress.COMPLETED;
      default:
        return null;
    }
  }
}
