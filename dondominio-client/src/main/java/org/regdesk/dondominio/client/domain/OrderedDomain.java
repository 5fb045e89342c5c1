package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;

/**
 * A domain as a create or transfer response reports it.
 *
 * @param domain the base fields; status is typically {@code register-init} or {@code transfer-init}
 *     and the expiry still unknown
 * @param period the years ordered, when reported
 * @param inPromo whether a promotion applied
 */
public record OrderedDomain(DomainSummary domain, Optional<Integer> period, boolean inPromo) {

  /** Reads one entry; {@code period} may be a number or a string. */
  public static OrderedDomain from(ResponseData data) {
    return new OrderedDomain(
        DomainSummary.from(data),
        data.optionalInteger("period").filter(p -> p > 0 && p < 100).map(Long::intValue),
        data.flagOrFalse("inPromo"));
  }
}
