package org.regdesk.app.security;

import java.time.Instant;

/**
 * An admin API token as listed: never the token itself, only its first characters.
 *
 * @param id the row id
 * @param name what the token is for, e.g. {@code billing sync}
 * @param prefix the token's first characters, to recognise it
 * @param createdBy the admin who created it
 * @param createdAt when it was created
 * @param lastUsedAt when it last authenticated a call (to the minute), or null
 * @param revokedAt when it was revoked, or null while it works
 */
public record ApiToken(
    long id,
    String name,
    String prefix,
    String createdBy,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  /**
   * Whether the token is revoked.
   *
   * @return true once revoked
   */
  public boolean revoked() {
    return revokedAt != null;
  }
}
