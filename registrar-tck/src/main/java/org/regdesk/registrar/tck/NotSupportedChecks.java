package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.NotSupportedException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.ActionRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Tld;

/**
 * {@code NotSupportedException} and honest capabilities: every method of an undeclared capability,
 * or of one the plugin excepts for a TLD, fails as not supported; no method of a declared one does.
 */
abstract class NotSupportedChecks extends TckGroup {

  NotSupportedChecks(Supplier<TckSession> session) {
    super(session);
  }

  /** Calls each probe; returns a line per probe whose outcome is not the one expected. */
  private List<String> run(List<CapabilityProbes.Probe> probes, boolean expectNotSupported) {
    List<String> problems = new ArrayList<>();
    for (CapabilityProbes.Probe probe : probes) {
      String outcome;
      boolean notSupported;
      try {
        probe.call().on(registrar());
        outcome = "returned normally";
        notSupported = false;
      } catch (NotSupportedException e) {
        outcome = "failed as NOT_SUPPORTED";
        notSupported = true;
      } catch (RegistrarException e) {
        outcome = "failed as " + e.kind();
        notSupported = false;
      } catch (Exception e) {
        outcome = "threw " + e;
        notSupported = false;
      }
      if (notSupported != expectNotSupported) {
        problems.add(probe.capability() + ": " + probe.method() + "() " + outcome);
      }
    }
    return problems;
  }

  @Test
  void undeclared_capabilities_fail_as_not_supported_without_a_call() {
    Set<Capability> undeclared = EnumSet.allOf(Capability.class);
    undeclared.removeAll(session().capabilities().supported());
    Assumptions.assumeFalse(undeclared.isEmpty(), "the plugin declares every capability");
    DomainName fresh = fixture().freshAvailableName();
    List<CapabilityProbes.Probe> probes = new ArrayList<>();
    for (Capability capability : undeclared) {
      probes.addAll(
          CapabilityProbes.of(capability, fresh, fixture().contactsFor(fresh), session().today()));
    }
    long before = fixture().callsReached();
    List<String> problems = run(probes, true);
    assertEquals(
        List.of(),
        problems,
        "methods of undeclared capabilities must fail with NotSupportedException");
    assertEquals(
        0,
        fixture().callsReached() - before,
        "an undeclared capability is refused without asking the registrar");
  }

  @Test
  void declared_capabilities_are_implemented() throws Exception {
    DomainName domain = session().domainInAccount();
    DomainName fresh = fixture().freshAvailableName();
    List<CapabilityProbes.Probe> probes = new ArrayList<>();
    for (Capability capability : session().capabilities().supported()) {
      if (CapabilityProbes.isPerDomain(capability)
          && !session().capabilities().supports(capability, domain.tld())) {
        continue;
      }
      // A registration needs a name nobody holds; every other call works on the domain held.
      DomainName subject = capability == Capability.REGISTER ? fresh : domain;
      probes.addAll(
          CapabilityProbes.of(
              capability, subject, fixture().contactsFor(subject), session().today()));
    }
    assertEquals(
        List.of(),
        run(probes, false),
        "methods of declared capabilities must not fail with NotSupportedException");
  }

  @Test
  void capabilities_a_tld_lacks_fail_as_not_supported_for_that_tld() {
    Map<Tld, Set<Capability>> exceptions = session().capabilities().unsupportedByTld();
    Assumptions.assumeFalse(exceptions.isEmpty(), "the plugin excepts no TLD from a capability");
    List<CapabilityProbes.Probe> probes = new ArrayList<>();
    exceptions.forEach(
        (tld, lacking) -> {
          DomainName name = DomainName.of(fixture().freshAvailableName().label(), tld);
          for (Capability capability : lacking) {
            if (CapabilityProbes.isPerDomain(capability)) {
              probes.addAll(
                  CapabilityProbes.of(
                      capability, name, fixture().contactsFor(name), session().today()));
            }
          }
        });
    Assumptions.assumeFalse(probes.isEmpty(), "the TLD exceptions concern no per-domain method");
    assertEquals(
        List.of(),
        run(probes, true),
        "methods of capabilities a TLD lacks must fail with NotSupportedException for its domains");
  }

  @Test
  void unknown_custom_action_is_not_supported() {
    DomainName fresh = fixture().freshAvailableName();
    TckAssertions.expect(
        NotSupportedException.class,
        "performAction() of an action the plugin does not declare",
        () -> registrar().performAction(new ActionRequest("tck-no-such-action", fresh, Map.of())));
  }
}
