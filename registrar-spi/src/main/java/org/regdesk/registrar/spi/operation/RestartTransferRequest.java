package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * A request to restart a transfer that stalled or failed, e.g. with a corrected auth code.
 *
 * @param domain the name being transferred
 * @param authCode a new auth code, if the old one was wrong
 * @param foaRecipient who receives the authorisation mail again, owner or admin, if it changes
 */
public record RestartTransferRequest(
    DomainName domain, Optional<AuthCode> authCode, Optional<ContactRole> foaRecipient) {

  /**
   * Checks the parts.
   *
   * @param domain the name being transferred
   * @param authCode a new auth code, if the old one was wrong
   * @param foaRecipient who receives the authorisation mail again, owner or admin, if it changes
   */
  public RestartTransferRequest {
    Require.present("domain", domain);
    Require.present("authCode", authCode);
    Require.present("foaRecipient", foaRecipient);
    if (foaRecipient.isPresent()
        && foaRecipient.get() != ContactRole.OWNER
        && foaRecipient.get() != ContactRole.ADMIN) {
      throw new InvalidValueException("foaRecipient", "must be the owner or the admin contact");
    }
  }
}
