package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The reseller account: holder, prepaid balance with its ledger, warning threshold, currency. */
final class Account {
  private String clientName;
  private BigDecimal balance;
  private BigDecimal threshold;
  private String currency;
  private final List<Charge> charges = new ArrayList<>();

  Account(String clientName, BigDecimal balance, BigDecimal threshold, String currency) {
    this.clientName = Objects.requireNonNull(clientName, "clientName");
    this.balance = money(balance);
    this.threshold = money(threshold);
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  String clientName() {
    return clientName;
  }

  BigDecimal balance() {
    return balance;
  }

  BigDecimal threshold() {
    return threshold;
  }

  String currency() {
    return currency;
  }

  List<Charge> charges() {
    return Collections.unmodifiableList(charges);
  }

  void setClientName(String clientName) {
    this.clientName = clientName;
  }

  void setBalance(BigDecimal balance) {
    this.balance = money(balance);
  }

  void setThreshold(BigDecimal threshold) {
    this.threshold = money(threshold);
  }

  void setCurrency(String currency) {
    this.currency = currency;
  }

  boolean canPay(BigDecimal amount) {
    return balance.compareTo(amount) >= 0;
  }

  /** 1100 when the balance does not cover {@code amount}; nothing is charged then. */
  void requireFunds(BigDecimal amount) {
    if (!canPay(amount)) {
      throw new ApiError(
          ErrorCodes.INSUFFICIENT_BALANCE,
          "Insufficient balance: "
              + amount.toPlainString()
              + " "
              + currency
              + " needed, "
              + balance.toPlainString()
              + " available");
    }
  }

  void charge(long epochSecond, String action, String domain, BigDecimal amount) {
    balance = money(balance.subtract(amount));
    charges.add(new Charge(epochSecond, action, domain, money(amount), balance));
  }

  /** Restores a ledger line from the state file without touching the balance. */
  void restoreCharge(Charge charge) {
    charges.add(charge);
  }
}
