package org.regdesk.app.domain.action;

import java.util.Optional;
import org.regdesk.registrar.spi.value.AuthCode;

/**
 * What a Plugin action came to.
 *
 * @param action the action's id
 * @param succeeded whether it was carried out
 * @param message what staff read: what was done, or the registrar's message
 * @param errorKind on failure, the SPI's error kind (e.g. {@code REJECTED}, {@code UNAVAILABLE})
 * @param registrarCode on failure, the registrar's error code if it gave one
 * @param authCode the auth code, only for "Show auth code" (masked in {@code toString()})
 */
public record ActionOutcome(
    String action,
    boolean succeeded,
    String message,
    Optional<String> errorKind,
    Optional<String> registrarCode,
    Optional<AuthCode> authCode) {

  static ActionOutcome done(String action, String message) {
    return new ActionOutcome(
        action, true, message, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
