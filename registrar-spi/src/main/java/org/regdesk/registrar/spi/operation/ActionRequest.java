package org.regdesk.registrar.spi.operation;

import java.util.Map;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * A request to run a custom Plugin action on a domain, with the inputs its definition asked for
 * (already checked by the host against the action's input definitions). Inputs may be secrets, so
 * {@link #toString()} shows their keys only.
 *
 * @param actionId the action's id from the descriptor
 * @param domain the domain it runs on
 * @param inputs the inputs by key
 */
public record ActionRequest(String actionId, DomainName domain, Map<String, String> inputs) {

  /**
   * Checks the parts and copies the inputs.
   *
   * @param actionId the action's id from the descriptor
   * @param domain the domain it runs on
   * @param inputs the inputs by key
   */
  public ActionRequest {
    actionId = Require.line("actionId", actionId, 64);
    Require.present("domain", domain);
    inputs = Require.mapOf("inputs", inputs);
  }

  /** Returns the action, domain and input keys, never input values. */
  @Override
  public String toString() {
    return "ActionRequest[" + actionId + " on " + domain + ", inputs=" + inputs.keySet() + "]";
  }
}
