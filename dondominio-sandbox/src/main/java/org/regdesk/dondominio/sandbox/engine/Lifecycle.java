package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;

/**
 * The domain life cycle of §7, driven only by the sandbox clock. Each domain has at most one due
 * transition; {@link #processDue} runs every transition due up to now, each at its own due time (so
 * one big clock jump replays registrations, renewals and expiries in order).
 *
 * <pre>
 * register-init --1 min--> register-pending --1 min--> active
 * transfer-init --5 min, code accepted--> transfer-pending --5 days--> active (+1 year)
 * transfer-init --5 min, code refused--> transfer-init (waiting) --10 days after the request
 *     or the last restart--> transfer-cancel (refunded)
 * renewed --5 min--> active
 * active --day after tsExpir--> renewed (autorenew, balance allows) or expired-renewgrace
 * expired-renewgrace --30 days--> expired-redemption --30 days--> expired-pendingdelete
 *     --5 days--> deleted (domain/listdeleted)
 * </pre>
 */
final class Lifecycle {
  static final long REGISTER_STEP_MINUTES = 1;
  static final long TRANSFER_CHECK_MINUTES = 5;
  static final long TRANSFER_PENDING_MINUTES = 5L * Dates.MINUTES_PER_DAY;
  static final long TRANSFER_WAIT_MINUTES = 10L * Dates.MINUTES_PER_DAY;
  static final long RENEWED_MINUTES = 5;
  static final long RENEW_GRACE_MINUTES = 30L * Dates.MINUTES_PER_DAY;
  static final long REDEMPTION_MINUTES = 30L * Dates.MINUTES_PER_DAY;
  static final long PENDING_DELETE_MINUTES = 5L * Dates.MINUTES_PER_DAY;
  static final long CONTACT_VERIFICATION_MINUTES = Dates.MINUTES_PER_DAY;

  /** How far ahead an expiry may lie after a renewal. */
  static final int HORIZON_YEARS = 10;

  private Lifecycle() {}

  /** The minute a domain expiring on {@code expiryDay} leaves {@code active}: the next midnight. */
  static long expiryMinute(int expiryDay) {
    return Dates.startOfDayMinute(expiryDay + 1);
  }

  /** Runs every transition due at or before {@code nowMinute}; returns how many ran. */
  static int processDue(SandboxState state, long nowMinute) {
    int ran = 0;
    while (state.queue.peekMinute() <= nowMinute) {
      long key = state.queue.poll();
      long minute = DueQueue.minuteOf(key);
      Domain domain = state.domains.byId(DueQueue.domainIdOf(key)).orElse(null);
      if (domain == null || domain.dueMinute != minute) {
        continue;
      }
      state.unschedule(domain);
      fire(state, domain, minute);
      ran++;
    }
    state.domains.compact();
    return ran;
  }

  private static void fire(SandboxState state, Domain domain, long minute) {
    long second = minute * 60;
    switch (domain.status) {
      case REGISTER_INIT:
        domain.status = DomainStatus.REGISTER_PENDING;
        state.schedule(domain, minute + REGISTER_STEP_MINUTES);
        break;
      case REGISTER_PENDING:
        domain.status = DomainStatus.ACTIVE;
        domain.expiryDay = Dates.plusYears(domain.createdDay, domain.periodYears);
        note(
            domain,
            second,
            "Registration completed",
            "Registered until " + Dates.day(domain.expiryDay));
        state.schedule(domain, expiryMinute(domain.expiryDay));
        break;
      case TRANSFER_INIT:
        if (domain.awaitingAuthcode) {
          cancelTransfer(state, domain, second);
        } else {
          checkTransferAuthorisation(state, domain, minute);
        }
        break;
      case TRANSFER_PENDING:
        completeTransfer(state, domain, minute);
        break;
      case RENEWED:
        domain.status = DomainStatus.ACTIVE;
        state.schedule(domain, expiryMinute(domain.expiryDay));
        break;
      case ACTIVE:
        expireOrAutorenew(state, domain, minute);
        break;
      case EXPIRED_RENEWGRACE:
        domain.status = DomainStatus.EXPIRED_REDEMPTION;
        note(domain, second, "Redemption period", "The renewal grace period ended");
        state.schedule(domain, minute + REDEMPTION_MINUTES);
        break;
      case EXPIRED_REDEMPTION:
        domain.status = DomainStatus.EXPIRED_PENDINGDELETE;
        note(domain, second, "Pending delete", "The redemption period ended");
        state.schedule(domain, minute + PENDING_DELETE_MINUTES);
        break;
      case EXPIRED_PENDINGDELETE:
        state.delete(domain, second, "Expired and not renewed");
        break;
      default:
        // register-cancel, transfer-cancel and inactive have no further transition
        break;
    }
  }

  private static void checkTransferAuthorisation(SandboxState state, Domain domain, long minute) {
    long second = minute * 60;
    ForeignDomain held = state.foreign.get(domain.name.ascii());
    boolean accepted =
        held != null
            && !held.locked()
            && (!domain.name.tld().authcodeRequired()
                || held.authcode().equals(domain.transferAuthcode));
    if (accepted) {
      domain.status = DomainStatus.TRANSFER_PENDING;
      note(domain, second, "Transfer authorised", "The current registrar accepted the transfer");
      state.schedule(domain, minute + TRANSFER_PENDING_MINUTES);
    } else {
      domain.awaitingAuthcode = true;
      if (domain.transferDeadlineMinute == Dates.NONE || domain.transferDeadlineMinute <= minute) {
        domain.transferDeadlineMinute = (int) (minute + TRANSFER_WAIT_MINUTES);
      }
      note(
          domain,
          second,
          "Transfer authorisation failed",
          "The auth code was not accepted; restart the transfer with the right code before "
              + Dates.timestamp(domain.transferDeadlineMinute * 60L));
      state.schedule(domain, domain.transferDeadlineMinute);
    }
  }

  private static void cancelTransfer(SandboxState state, Domain domain, long second) {
    domain.status = DomainStatus.TRANSFER_CANCEL;
    domain.awaitingAuthcode = false;
    domain.transferDeadlineMinute = Dates.NONE;
    BigDecimal refund = domain.transferCharge == null ? BigDecimal.ZERO : domain.transferCharge;
    domain.transferCharge = null;
    if (refund.signum() > 0) {
      state.account.charge(second, "refund", domain.name.unicode(), refund.negate());
    }
    note(
        domain,
        second,
        "Transfer cancelled",
        "No valid auth code arrived in time; the transfer price was refunded");
  }

  private static void completeTransfer(SandboxState state, Domain domain, long minute) {
    long second = minute * 60;
    int today = Dates.dayOfMinute(minute);
    int base = domain.expiryDay == Dates.NONE ? today : Math.max(domain.expiryDay, today);
    domain.expiryDay = Dates.plusYears(base, domain.periodYears);
    domain.status = DomainStatus.ACTIVE;
    domain.transferCharge = null;
    domain.transferAuthcode = null;
    domain.awaitingAuthcode = false;
    domain.transferDeadlineMinute = Dates.NONE;
    domain.authcode = state.ids.authcode();
    state.foreign.remove(domain.name.ascii());
    note(
        domain,
        second,
        "Transfer completed",
        "The domain moved into the account with one year added");
    state.schedule(domain, expiryMinute(domain.expiryDay));
  }

  private static void expireOrAutorenew(SandboxState state, Domain domain, long minute) {
    long second = minute * 60;
    if (domain.renewalMode == RenewalMode.AUTORENEW) {
      BigDecimal price = domain.name.tld().renewPrice();
      if (state.account.canPay(price)) {
        state.account.charge(second, "autorenew", domain.name.unicode(), price);
        domain.expiryDay = Dates.plusYears(domain.expiryDay, 1);
        domain.status = DomainStatus.RENEWED;
        state.counts(domain.name.ascii()).renewed++;
        note(domain, second, "Automatic renewal", "Renewed for 1 year");
        state.schedule(domain, minute + RENEWED_MINUTES);
        return;
      }
      note(domain, second, "Automatic renewal failed", "Insufficient balance");
    }
    domain.status = DomainStatus.EXPIRED_RENEWGRACE;
    note(domain, second, "Domain expired", "Renewal grace period started");
    state.schedule(domain, minute + RENEW_GRACE_MINUTES);
  }

  private static void note(Domain domain, long second, String title, String message) {
    domain.record(new HistoryEntry(second, "", HistoryEntry.SYSTEM, title, message));
  }
}
