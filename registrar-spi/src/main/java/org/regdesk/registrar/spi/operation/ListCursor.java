package org.regdesk.registrar.spi.operation;

import org.regdesk.registrar.spi.internal.Require;

/**
 * Where the next page of a domain listing starts. Opaque to the host: it only echoes the cursor
 * from one {@link DomainPage} into the next {@link DomainListRequest}. The plugin decides what it
 * holds (a page number, an offset, the last name seen …).
 *
 * @param token the plugin's token, 1–1024 characters
 */
public record ListCursor(String token) {

  /**
   * Checks the token.
   *
   * @param token the plugin's token, 1–1024 characters
   */
  public ListCursor {
    token = Require.line("cursor", token, 1024);
  }

  /**
   * A cursor from its token.
   *
   * @param token the plugin's token
   * @return the cursor
   */
  public static ListCursor of(String token) {
    return new ListCursor(token);
  }
}
