package org.regdesk.dondominio.client.domain;

import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.DnssecRecord;

/**
 * A domain's DNSSEC records ({@code domain/getinfo infoType=dnssec}, {@code domain/getdnssec}, and
 * the answer to DNSSEC changes).
 *
 * <p>The API does not document this shape; the records are read from a {@code dnssec} list of
 * {@code {keytag, algorithm, digesttype, digest}} objects, and the base domain fields are read when
 * present.
 *
 * @param domain the base fields, when the response carries them
 * @param records the DS records
 */
public record DomainDnssecInfo(Optional<DomainSummary> domain, List<DnssecRecord> records) {

  /** Copies the list. */
  public DomainDnssecInfo {
    records = List.copyOf(records);
  }

  /** Reads the response data. */
  public static DomainDnssecInfo from(ResponseData data) {
    return new DomainDnssecInfo(
        DomainSummary.fromIfPresent(data),
        data.objects("dnssec").stream().map(DomainDnssecInfo::record).toList());
  }

  private static DnssecRecord record(ResponseData data) {
    try {
      return new DnssecRecord(
          Math.toIntExact(data.integer("keytag")),
          Math.toIntExact(data.integer("algorithm")),
          Math.toIntExact(data.integer("digesttype")),
          data.text("digest"));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw data.unexpected("dnssec", "has an invalid record");
    }
  }
}
