package org.regdesk.registrar.spi.error;

import org.regdesk.registrar.spi.value.DomainName;

/**
 * The registrar answered that it does not hold the object: for a domain, it is not in this account
 * (transferred away, deleted, or never registered here). Only a definite answer from the registrar
 * becomes this exception; connection trouble is {@link UnavailableException}.
 */
public final class NotFoundException extends RegistrarException {

  /**
   * Not found.
   *
   * @param detail what was not found, for staff
   * @param registrarCode the registrar's error code, or null
   */
  public NotFoundException(String detail, String registrarCode) {
    super(detail, registrarCode, null);
  }

  /**
   * The domain is not in the account.
   *
   * @param domain the domain
   * @param registrarCode the registrar's error code, or null
   * @return the exception
   */
  public static NotFoundException domain(DomainName domain, String registrarCode) {
    return new NotFoundException(domain + " is not in this registrar account", registrarCode);
  }

  @Override
  public RegistrarErrorKind kind() {
    return RegistrarErrorKind.NOT_FOUND;
  }
}
