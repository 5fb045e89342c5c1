package org.regdesk.registrar.spi.error;

/**
 * The registrar refused the plugin's credentials, or the calling address is not allowed. Every
 * further call will fail the same way: stop, flag the plugin settings for staff, do not retry.
 */
public final class AuthenticationFailedException extends RegistrarException {

  /**
   * Authentication failed.
   *
   * @param detail the registrar's reason, for staff; never the credentials
   * @param registrarCode the registrar's error code, or null
   */
  public AuthenticationFailedException(String detail, String registrarCode) {
    super(detail, registrarCode, null);
  }

  @Override
  public RegistrarErrorKind kind() {
    return RegistrarErrorKind.AUTHENTICATION_FAILED;
  }
}
