package org.regdesk.dondominio.sandbox.engine;

import java.util.Objects;

/**
 * A contact of the account: its ID ({@code ABC-12345}), its data, and its e-mail verification.
 * Verification is evaluated lazily against the clock, so no timer is needed: a contact in {@code
 * inprocess} with a completion time reads {@code verified} from then on.
 */
final class Contact {
  static final int NO_TIME = Dates.NONE;

  private final String id;
  private final ContactData data;
  private VerificationStatus status;
  private int verifiesAtMinute;

  Contact(String id, ContactData data, VerificationStatus status, int verifiesAtMinute) {
    this.id = Objects.requireNonNull(id, "id");
    this.data = Objects.requireNonNull(data, "data");
    this.status = Objects.requireNonNull(status, "status");
    this.verifiesAtMinute = verifiesAtMinute;
  }

  String id() {
    return id;
  }

  ContactData data() {
    return data;
  }

  /** The stored status, before the lazy completion (for the state file). */
  VerificationStatus storedStatus() {
    return status;
  }

  int verifiesAtMinute() {
    return verifiesAtMinute;
  }

  VerificationStatus verification(long nowMinute) {
    if (status == VerificationStatus.INPROCESS
        && verifiesAtMinute != NO_TIME
        && nowMinute >= verifiesAtMinute) {
      return VerificationStatus.VERIFIED;
    }
    return status;
  }

  /** The ICANN designated-agent acceptance: given together with a successful verification. */
  boolean daAccepted(long nowMinute) {
    return verification(nowMinute) == VerificationStatus.VERIFIED;
  }

  /**
   * A (re)sent verification mail: a contact not yet verified goes to {@code inprocess} and
   * completes {@link Lifecycle#CONTACT_VERIFICATION_MINUTES} later. Returns whether anything
   * changed.
   */
  boolean restartVerification(long nowMinute) {
    VerificationStatus current = verification(nowMinute);
    if (current == VerificationStatus.VERIFIED || current == VerificationStatus.NOTAPPLICABLE) {
      return false;
    }
    status = VerificationStatus.INPROCESS;
    verifiesAtMinute = (int) (nowMinute + Lifecycle.CONTACT_VERIFICATION_MINUTES);
    return true;
  }

  @Override
  public String toString() {
    return "Contact[" + id + "]";
  }
}
