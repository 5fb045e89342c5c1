package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.GlueRecord;
import org.regdesk.registrar.spi.value.HostName;

/**
 * {@link Capability#GLUE_RECORDS}: created, updated and deleted with IPv4 and IPv6 addresses, read
 * back after each step; a missing host is not found.
 */
abstract class GlueRecordChecks extends TckGroup {

  GlueRecordChecks(Supplier<TckSession> session) {
    super(session, Capability.GLUE_RECORDS);
  }

  /** The glue of a domain as host → "ipv4 ipv6", comparable across address notations. */
  private Map<String, String> glue(DomainName domain) throws RegistrarException {
    Map<String, String> byHost = new TreeMap<>();
    for (GlueRecord record : registrar().listGlueRecords(domain)) {
      byHost.put(record.host().ascii(), addresses(record));
    }
    return byHost;
  }

  private static String addresses(GlueRecord record) {
    return record.ipv4Text().orElse("-") + " " + record.ipv6Text().orElse("-");
  }

  @Test
  void glue_is_created_updated_and_deleted_with_ipv4_and_ipv6() throws Exception {
    DomainName domain = session().domainInAccount();
    String ns1 = "ns1." + domain.ascii();
    String ns2 = "ns2." + domain.ascii();
    GlueRecord dual = GlueRecord.of(domain, ns1, "192.0.2.10", "2001:db8::10");
    registrar().createGlueRecord(dual);
    assertEquals(Map.of(ns1, addresses(dual)), glue(domain), "after creating " + dual);

    GlueRecord moved = GlueRecord.of(domain, ns1, "198.51.100.20", "2001:db8:0:0:0:0:0:20");
    registrar().updateGlueRecord(moved);
    assertEquals(Map.of(ns1, addresses(moved)), glue(domain), "after updating to " + moved);

    GlueRecord ipv4Only = GlueRecord.of(domain, ns2, "203.0.113.30", null);
    registrar().createGlueRecord(ipv4Only);
    assertEquals(
        Map.of(ns1, addresses(moved), ns2, addresses(ipv4Only)),
        glue(domain),
        "after adding " + ipv4Only);

    registrar().deleteGlueRecord(domain, HostName.of(ns1));
    assertEquals(Map.of(ns2, addresses(ipv4Only)), glue(domain), "after deleting " + ns1);
    registrar().deleteGlueRecord(domain, HostName.of(ns2));
    assertEquals(Map.of(), glue(domain), "after deleting " + ns2);
  }

  @Test
  void updating_or_deleting_a_host_without_glue_is_not_found() throws Exception {
    DomainName domain = session().domainInAccount();
    String missing = "ns9." + domain.ascii();
    TckAssertions.expect(
        NotFoundException.class,
        "updateGlueRecord() of a host without glue",
        () -> registrar().updateGlueRecord(GlueRecord.of(domain, missing, "192.0.2.99", null)));
    TckAssertions.expect(
        NotFoundException.class,
        "deleteGlueRecord() of a host without glue",
        () -> registrar().deleteGlueRecord(domain, HostName.of(missing)));
  }
}
