package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;

/**
 * One movement of the balance: a charge (positive) or a refund (negative).
 *
 * @param action {@code create}, {@code transfer}, {@code renew}, {@code autorenew} or {@code
 *     refund}
 * @param domain the domain's UTF-8 name
 * @param balanceAfter the balance once applied
 */
record Charge(
    long epochSecond, String action, String domain, BigDecimal amount, BigDecimal balanceAfter) {}
