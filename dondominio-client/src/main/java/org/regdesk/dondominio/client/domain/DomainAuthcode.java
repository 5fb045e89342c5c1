package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.AuthCode;

/**
 * A domain's transfer auth code ({@code domain/getinfo infoType=authcode}, {@code
 * domain/getauthcode}). The code is a secret; {@link #toString()} masks it.
 *
 * @param domain the base fields
 * @param authcode the auth code
 */
public record DomainAuthcode(DomainSummary domain, AuthCode authcode) {

  /** Reads the response data. */
  public static DomainAuthcode from(ResponseData data) {
    return new DomainAuthcode(DomainSummary.from(data), data.value("authcode", AuthCode::of));
  }
}
