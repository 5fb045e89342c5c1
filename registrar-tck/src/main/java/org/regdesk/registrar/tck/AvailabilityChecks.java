package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * {@link Capability#AVAILABILITY}: each kind of answer for the kind of name that earns it, and many
 * names in one call.
 */
abstract class AvailabilityChecks extends TckGroup {

  AvailabilityChecks(Supplier<TckSession> session) {
    super(session, Capability.AVAILABILITY);
  }

  private AvailabilityResult checkOne(DomainName name) throws RegistrarException {
    List<AvailabilityResult> results = registrar().checkAvailability(List.of(name));
    assertEquals(1, results.size(), () -> "one name checked, one result expected: " + results);
    assertEquals(name, results.get(0).name(), "the result must be for the name checked");
    return results.get(0);
  }

  @Test
  void fresh_name_is_available_and_not_premium() throws Exception {
    AvailabilityResult result = checkOne(fixture().freshAvailableName());
    assertEquals(Availability.AVAILABLE, result.availability(), () -> result.toString());
    assertFalse(result.premium(), () -> "an ordinary name reported premium: " + result);
  }

  @Test
  void taken_name_is_registered() throws Exception {
    AvailabilityResult result = checkOne(fixture().takenName());
    assertEquals(Availability.REGISTERED, result.availability(), () -> result.toString());
  }

  @Test
  void name_under_an_unsold_tld_is_tld_unsupported() throws Exception {
    AvailabilityResult result = checkOne(fixture().unsupportedTldName());
    assertEquals(Availability.TLD_UNSUPPORTED, result.availability(), () -> result.toString());
  }

  @Test
  void premium_name_is_available_as_premium_with_its_price() throws Exception {
    Optional<DomainName> premium = fixture().premiumName();
    Assumptions.assumeTrue(premium.isPresent(), "the fixture has no premium name");
    AvailabilityResult result = checkOne(premium.get());
    assertEquals(Availability.AVAILABLE, result.availability(), () -> result.toString());
    assertTrue(result.premium(), () -> "a premium name must be flagged premium: " + result);
    assertTrue(result.price().isPresent(), "a premium name must come with its price");
  }

  @Test
  void name_the_registry_refuses_is_invalid() throws Exception {
    Optional<DomainName> refused = fixture().nameTheRegistryRefuses();
    Assumptions.assumeTrue(refused.isPresent(), "the fixture has no name the registry refuses");
    AvailabilityResult result = checkOne(refused.get());
    assertEquals(Availability.INVALID, result.availability(), () -> result.toString());
  }

  @Test
  void many_names_get_one_result_per_distinct_name_in_the_order_given() throws Exception {
    DomainName fresh = fixture().freshAvailableName();
    DomainName taken = fixture().takenName();
    DomainName unsold = fixture().unsupportedTldName();
    List<AvailabilityResult> results =
        registrar().checkAvailability(List.of(fresh, taken, unsold, fresh));
    assertEquals(
        List.of(fresh, taken, unsold),
        results.stream().map(AvailabilityResult::name).toList(),
        "one result per distinct name, in the order given");
    assertEquals(
        List.of(Availability.AVAILABLE, Availability.REGISTERED, Availability.TLD_UNSUPPORTED),
        results.stream().map(AvailabilityResult::availability).toList(),
        () -> "answers checked together must match answers checked alone: " + results);
  }

  @Test
  void name_just_registered_is_no_longer_available() throws Exception {
    DomainName registered = session().registerFreshDomain();
    AvailabilityResult result = checkOne(registered);
    assertEquals(Availability.REGISTERED, result.availability(), () -> result.toString());
  }
}
