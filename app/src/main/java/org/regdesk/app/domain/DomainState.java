package org.regdesk.app.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regdesk.registrar.spi.operation.DomainStatus;

/**
 * Where a domain stands in the desk's life cycle. The registrar's neutral {@link DomainStatus} maps
 * onto these; {@link #TRANSFERRED_AWAY} and {@link #CANCELLED} are the desk's own conclusions (a
 * complete listing without the domain, staff cancelling an order) that no registrar reports.
 */
public enum DomainState {
  /** Ordered and sent for registration; not registered yet. */
  PENDING_REGISTRATION("Pending registration"),
  /** A transfer in is under way. */
  PENDING_TRANSFER("Pending transfer"),
  /** Registered and in force. */
  ACTIVE("Active"),
  /** Held but not in force (suspended at the registrar). */
  SUSPENDED("Suspended"),
  /** Past expiry, still renewable at the normal price. */
  EXPIRED("Expired"),
  /** Past expiry, restorable only at a redemption fee. */
  REDEMPTION("Redemption"),
  /** Past expiry and about to be deleted. */
  PENDING_DELETE("Pending delete"),
  /** No longer in the registrar account, before its expiry: moved to another registrar. */
  TRANSFERRED_AWAY("Transferred away"),
  /** Given up: the order was cancelled or the domain deleted. */
  CANCELLED("Cancelled"),
  /** The registrar refused or cancelled the registration. */
  REGISTRATION_FAILED("Registration failed"),
  /** The transfer in failed or was cancelled. */
  TRANSFER_FAILED("Transfer failed");

  private static final Set<DomainState> HELD =
      EnumSet.of(ACTIVE, SUSPENDED, EXPIRED, REDEMPTION, PENDING_DELETE);

  private final String label;

  DomainState(String label) {
    this.label = label;
  }

  /**
   * The name shown on screens, e.g. {@code Pending transfer}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The desk's state for what a registrar reports.
   *
   * @param status the registrar's neutral status
   * @return the state, or empty for {@link DomainStatus#UNKNOWN} ("no news": keep the state)
   */
  public static Optional<DomainState> of(DomainStatus status) {
    return Optional.ofNullable(
        switch (status) {
          case REGISTRATION_PENDING -> PENDING_REGISTRATION;
          case REGISTRATION_FAILED -> REGISTRATION_FAILED;
          case TRANSFER_PENDING -> PENDING_TRANSFER;
          case TRANSFER_FAILED -> TRANSFER_FAILED;
          case ACTIVE -> ACTIVE;
          case INACTIVE -> SUSPENDED;
          case EXPIRED_GRACE -> EXPIRED;
          case EXPIRED_REDEMPTION -> REDEMPTION;
          case EXPIRED_PENDING_DELETE -> PENDING_DELETE;
          case UNKNOWN -> null;
        });
  }

  /**
   * Whether the domain is in the registrar account (in force, suspended or expired but not gone).
   *
   * @return true for the held states
   */
  public boolean isHeld() {
    return HELD.contains(this);
  }

  /**
   * Whether staff or a job may move a domain from this state to another. The registrar's word
   * ({@link Domains#applySnapshot}) is not limited by this: the registrar is the truth.
   *
   * @param next the state wanted
   * @return true when the step is part of the life cycle
   */
  public boolean canBecome(DomainState next) {
    if (next == this) {
      return false;
    }
    return switch (this) {
      case PENDING_REGISTRATION ->
          next == REGISTRATION_FAILED || next == CANCELLED || next.isHeld();
      case PENDING_TRANSFER -> next == TRANSFER_FAILED || next == CANCELLED || next.isHeld();
      case REGISTRATION_FAILED ->
          next == PENDING_REGISTRATION || next == CANCELLED || next.isHeld();
      case TRANSFER_FAILED -> next == PENDING_TRANSFER || next == CANCELLED || next.isHeld();
      case ACTIVE, SUSPENDED, EXPIRED, REDEMPTION, PENDING_DELETE ->
          next.isHeld() || next == TRANSFERRED_AWAY || next == CANCELLED;
      case TRANSFERRED_AWAY -> next == PENDING_TRANSFER || next == CANCELLED || next.isHeld();
      case CANCELLED -> next == PENDING_REGISTRATION || next == PENDING_TRANSFER;
    };
  }

  /**
   * A state typed in a filter or JSON, in any case, {@code -} standing for {@code _}.
   *
   * @param text e.g. {@code active}, {@code pending-transfer}
   * @return the state, or empty when the text names none
   */
  public static Optional<DomainState> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Every state's name, for messages.
   *
   * @return the names joined with commas
   */
  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
