package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.DsRecord;

/**
 * {@link Capability#DNSSEC}: DS records are added, listed and removed; a missing one is not found.
 */
abstract class DnssecChecks extends TckGroup {

  private static final DsRecord FIRST =
      DsRecord.of(2371, 13, 2, "1f987cc6583e92df0890718c42f6b9c4c6f0b1d2e3f4a5b6c7d8e9f0a1b2c3d4");
  private static final DsRecord SECOND =
      DsRecord.of(61045, 8, 2, "a3b1c9d2e8f70615243342516071829304a5b6c7d8e9f0a1b2c3d4e5f6071829");

  DnssecChecks(Supplier<TckSession> session) {
    super(session, Capability.DNSSEC);
  }

  private Set<DsRecord> published(DomainName domain) throws RegistrarException {
    return new HashSet<>(registrar().listDsRecords(domain));
  }

  @Test
  void ds_records_are_added_listed_and_removed() throws Exception {
    DomainName domain = session().domainInAccount();
    Set<DsRecord> before = published(domain);
    registrar().addDsRecord(domain, FIRST);
    registrar().addDsRecord(domain, SECOND);
    Set<DsRecord> both = new HashSet<>(before);
    both.add(FIRST);
    both.add(SECOND);
    assertEquals(both, published(domain), "after adding two DS records");
    registrar().removeDsRecord(domain, FIRST);
    Set<DsRecord> second = new HashSet<>(before);
    second.add(SECOND);
    assertEquals(second, published(domain), "after removing the first DS record");
  }

  @Test
  void removing_a_ds_record_not_published_is_not_found() throws Exception {
    DomainName domain = session().domainInAccount();
    TckAssertions.expect(
        NotFoundException.class,
        "removeDsRecord() of a record not published",
        () -> registrar().removeDsRecord(domain, CapabilityProbes.PROBE_DS_RECORD));
  }
}
