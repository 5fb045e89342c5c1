package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;

/**
 * Answer to {@code domain/resendverificationmail}. The API does not document the response; the base
 * domain fields are read when present.
 *
 * @param domain the base fields, when the response carries them
 */
public record VerificationMailSent(Optional<DomainSummary> domain) {

  /** Reads the response data. */
  public static VerificationMailSent from(ResponseData data) {
    return new VerificationMailSent(DomainSummary.fromIfPresent(data));
  }
}
