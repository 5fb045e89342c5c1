package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * The state of a transfer in, for polling until it completes or fails.
 *
 * @param domain the name being transferred
 * @param progress pending, completed or failed
 * @param registrarStatus the status as the registrar reported it, for staff
 * @param detail the registrar's explanation, e.g. why it failed, for staff
 */
public record TransferState(
    DomainName domain, TransferProgress progress, String registrarStatus, Optional<String> detail) {

  /**
   * Checks the parts.
   *
   * @param domain the name being transferred
   * @param progress pending, completed or failed
   * @param registrarStatus the status as the registrar reported it, for staff
   * @param detail the registrar's explanation, e.g. why it failed, for staff
   */
  public TransferState {
    Require.present("domain", domain);
    Require.present("progress", progress);
    registrarStatus = Require.line("registrarStatus", registrarStatus, 128);
    detail = Require.optionalLine("detail", detail, 1000);
  }
}
