package org.regdesk.app.catalog;

import java.util.Map;

/**
 * A TLD product as an admin types it; {@link TldProducts} checks every part and names the field of
 * each problem ({@code tld}, {@code groupId}, {@code registrarPlugin}, {@code prices.register.1},
 * {@code marginKind}, {@code marginValue}).
 *
 * @param tld the TLD, with or without a leading dot, ASCII or Unicode; on update, null or the same
 *     TLD (a TLD product's TLD cannot change)
 * @param groupId the product group, of type Domain
 * @param welcomeEmail whether the welcome e-mail is sent; null means yes
 * @param registrarPlugin the plugin's stable name; null or blank for manual registration
 * @param prices operation key ({@code register}, {@code transfer}, {@code renew}) → years ({@code
 *     1}–{@code 10}) → price as text ({@code 9.95}); blank prices are left out
 * @param marginKind this TLD's import margin, {@code PERCENT} or {@code FIXED}; blank for the
 *     desk's default
 * @param marginValue the margin's percentage or amount; blank with a blank kind
 */
public record TldProductCommand(
    String tld,
    Long groupId,
    Boolean welcomeEmail,
    String registrarPlugin,
    Map<String, Map<String, String>> prices,
    String marginKind,
    String marginValue) {}
