package org.regdesk.registrar.spi.operation;

/**
 * Whether a name can be registered, as far as the registrar can tell. A registration search offers
 * {@link #AVAILABLE} names; a transfer search offers {@link #REGISTERED} ones.
 */
public enum Availability {
  /** Nobody holds the name; it can be registered (possibly at a premium price). */
  AVAILABLE,
  /** Someone holds the name; it can only be transferred in. */
  REGISTERED,
  /** The registrar does not sell this TLD. */
  TLD_UNSUPPORTED,
  /** The registry refuses the name itself (too short, reserved, bad characters for the TLD …). */
  INVALID,
  /**
   * The registrar or registry could not be asked. Says nothing about the name: ask again later,
   * never treat it as available or taken.
   */
  UNREACHABLE
}
