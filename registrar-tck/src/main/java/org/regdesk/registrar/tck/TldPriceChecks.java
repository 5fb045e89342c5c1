package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.operation.TldPricing;
import org.regdesk.registrar.spi.value.Tld;

/** {@link Capability#TLD_PRICES}: each TLD sold once, the fixture's TLDs placed right. */
abstract class TldPriceChecks extends TckGroup {

  TldPriceChecks(Supplier<TckSession> session) {
    super(session, Capability.TLD_PRICES);
  }

  @Test
  void prices_list_each_sold_tld_once() throws Exception {
    List<TldPricing> prices = registrar().tldPricing();
    assertFalse(prices.isEmpty(), "a registrar that sells anything has prices");
    Set<Tld> tlds = prices.stream().map(TldPricing::tld).collect(Collectors.toSet());
    assertEquals(prices.size(), tlds.size(), "each TLD is listed once");
    Tld sold = fixture().freshAvailableName().tld();
    Optional<TldPricing> forSold = prices.stream().filter(p -> p.tld().equals(sold)).findFirst();
    assertTrue(forSold.isPresent(), () -> "the TLD of fresh names, ." + sold + ", is sold");
    if (session().capabilities().supports(Capability.REGISTER, sold)) {
      assertTrue(
          forSold.get().register().isPresent(),
          () -> "." + sold + " can be registered, so it has a registration price");
    }
    Tld unsold = fixture().unsupportedTldName().tld();
    assertFalse(tlds.contains(unsold), () -> "." + unsold + " is not sold, so it has no price");
  }
}
