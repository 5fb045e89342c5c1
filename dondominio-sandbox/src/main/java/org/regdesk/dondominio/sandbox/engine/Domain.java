package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A domain of the account. Mutable, changed only under the engine's write lock. Kept compact (no
 * per-domain maps or JSON; dates as epoch days; contacts and nameserver sets shared) because a
 * sandbox may hold a hundred thousand of them. Optional parts ({@link #glue}, {@link #dnssec},
 * {@link #history}, {@link #extras}) stay {@code null} until used.
 */
final class Domain {
  final int id;
  final DomainName name;

  DomainStatus status;

  /** Epoch day the domain entered the account ({@code tsCreate}). */
  int createdDay = Dates.NONE;

  /** Epoch day of expiry ({@code tsExpir}); {@link Dates#NONE} while unknown. */
  int expiryDay = Dates.NONE;

  /** Years of the registration in progress (create) or the year a transfer adds. */
  int periodYears;

  /** Epoch minute of the next automatic transition, or {@link Dates#NONE}. */
  int dueMinute = Dates.NONE;

  /** In {@code transfer-init}: the auth code was refused and the transfer waits for a restart. */
  boolean awaitingAuthcode;

  /** In {@code transfer-init}: when a transfer left waiting for a code gives up. */
  int transferDeadlineMinute = Dates.NONE;

  /** What the transfer in progress cost, refunded if it is cancelled. */
  BigDecimal transferCharge;

  Contact owner;
  Contact admin;
  Contact tech;
  Contact billing;
  Nameservers nameservers;
  boolean transferBlock;
  boolean modifyBlock;
  boolean whoisPrivacy;
  boolean viewWhois;
  RenewalMode renewalMode = RenewalMode.MANUAL;
  String tag = "";
  String authcode;

  /** The auth code given with the transfer in progress. */
  String transferAuthcode;

  /** {@code owner} or {@code admin}: who receives the transfer's authorisation mail. */
  String foaContact;

  List<GlueRecord> glue;
  List<DsRecord> dnssec;
  List<HistoryEntry> history;
  Map<String, String> extras;

  Domain(int id, DomainName name, DomainStatus status) {
    this.id = id;
    this.name = name;
    this.status = status;
  }

  void record(HistoryEntry entry) {
    if (history == null) {
      history = new ArrayList<>(4);
    }
    history.add(entry);
  }

  List<GlueRecord> glueRecords() {
    return glue == null ? List.of() : glue;
  }

  List<DsRecord> dsRecords() {
    return dnssec == null ? List.of() : dnssec;
  }

  @Override
  public String toString() {
    return "Domain[" + id + " " + name.ascii() + " " + status.wire() + "]";
  }
}
