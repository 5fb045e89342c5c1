package org.regdesk.registrar.spi.operation;

/** Where a transfer in stands. */
public enum TransferProgress {
  /** Still running: ask again later. */
  PENDING,
  /** Done: the domain is now held at this registrar. */
  COMPLETED,
  /** Ended without the domain (refused, cancelled, timed out); may be restarted. */
  FAILED
}
