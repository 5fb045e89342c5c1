package org.regdesk.registrar.tck;

import java.util.Objects;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * A registered domain held at another registrar, ready to be transferred in with its auth code.
 *
 * @param domain the domain
 * @param authCode the auth code the losing registrar accepts; masked in {@code toString()}
 */
public record DomainHeldElsewhere(DomainName domain, AuthCode authCode) {

  /**
   * Checks that both parts are present.
   *
   * @param domain the domain
   * @param authCode the auth code the losing registrar accepts
   */
  public DomainHeldElsewhere {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(authCode, "authCode");
  }
}
