package org.regdesk.dondominio.client.domain;

import java.util.List;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.GlueRecord;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;

/**
 * A domain's glue records ({@code domain/getinfo infoType=gluerecords}, {@code
 * domain/getgluerecords}, and the answer to glue-record changes, reflecting the new state).
 *
 * @param domain the base fields
 * @param glueRecords the glue records
 */
public record DomainGlueRecords(DomainSummary domain, List<GlueRecord> glueRecords) {

  /** Copies the list. */
  public DomainGlueRecords {
    glueRecords = List.copyOf(glueRecords);
  }

  /** Reads the response data. */
  public static DomainGlueRecords from(ResponseData data) {
    return new DomainGlueRecords(
        DomainSummary.from(data),
        data.objects("gluerecords").stream().map(DomainGlueRecords::glueRecord).toList());
  }

  private static GlueRecord glueRecord(ResponseData data) {
    return new GlueRecord(
        data.value("name", HostName::of),
        data.optionalValue("ipv4", Ipv4Address::of),
        data.optionalValue("ipv6", Ipv6Address::of));
  }
}
