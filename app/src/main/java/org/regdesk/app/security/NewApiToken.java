package org.regdesk.app.security;

/**
 * A token just created: the only time its secret is known. Show it once; only its hash is kept.
 *
 * @param token the stored token
 * @param secret the bearer token to hand over (never printed by {@link #toString()})
 */
public record NewApiToken(ApiToken token, String secret) {

  @Override
  public String toString() {
    return "NewApiToken[" + token + ", secret=***]";
  }
}
