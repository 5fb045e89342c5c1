package org.regdesk.registrar.spi.operation;

import org.regdesk.registrar.spi.internal.Require;

/**
 * The outcome of a custom Plugin action, to show to whoever ran it.
 *
 * @param message what happened, e.g. {@code Verification mail sent to the owner.}; never a secret
 */
public record ActionResult(String message) {

  /**
   * Checks the message.
   *
   * @param message what happened, e.g. {@code Verification mail sent to the owner.}; never a secret
   */
  public ActionResult {
    message = Require.line("message", message, 1000);
  }
}
