package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;
import org.regdesk.registrar.spi.error.RejectedException;
import org.regdesk.registrar.spi.operation.AvailabilityResult;
import org.regdesk.registrar.spi.operation.DomainContacts;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.HostName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.RoleContact;

/**
 * {@link Capability#REGISTER} and {@link Capability#PREMIUM_REGISTRATION}: a registration ends in
 * the account with its expiry and with what the request asked for; refusals are refusals.
 */
abstract class RegistrationChecks extends TckGroup {

  RegistrationChecks(Supplier<TckSession> session) {
    super(session, Capability.REGISTER);
  }

  @Test
  void fresh_name_is_registered_and_its_snapshot_shows_the_expiry() throws Exception {
    DomainName name = fixture().freshAvailableName();
    LocalDate today = session().today();
    long creates = fixture().callsReached(RegistrarOperation.REGISTER);
    ProvisioningResult result =
        registrar().register(session().registration(name, Period.ofYears(2)).build());
    assertEquals(name, result.domain().name(), "register() must report the domain it registered");
    assertTrue(
        result.domain().status().isRegistered() || result.domain().status().isPending(),
        () -> "right after register(): " + result.domain().status());
    assertEquals(
        1,
        fixture().callsReached(RegistrarOperation.REGISTER) - creates,
        "one registration, one create request");
    DomainSnapshot snapshot = session().registeredSnapshot(name);
    LocalDate base = snapshot.created().orElse(today);
    TckAssertions.assertDateAbout(
        base.plusYears(2), snapshot.expires(), "the expiry of a 2-year registration");
  }

  @Test
  void registration_keeps_the_requested_name_servers_renewal_mode_privacy_and_owner()
      throws Exception {
    DomainName name = fixture().freshAvailableName();
    Nameservers nameservers = Nameservers.of("ns1.example.net", "ns2.example.org");
    boolean privacy = session().capabilities().supports(Capability.PRIVACY, name.tld());
    RegisterRequest request =
        session()
            .registration(name, Period.ofYears(1))
            .nameservers(nameservers)
            .renewalMode(RenewalMode.LET_EXPIRE)
            .privacy(privacy)
            .build();
    registrar().register(request);
    DomainSnapshot snapshot = session().registeredSnapshot(name);
    int checked = 0;
    if (snapshot.nameservers().isPresent()) {
      assertEquals(
          hosts(nameservers.hosts()),
          hosts(snapshot.nameservers().get().hosts()),
          "the snapshot's name servers after registering with explicit ones");
      checked++;
    }
    if (session().capabilities().supports(Capability.NAMESERVERS, name.tld())) {
      assertEquals(
          hosts(nameservers.hosts()),
          hosts(registrar().getNameservers(name).hosts()),
          "getNameservers() after registering with explicit name servers");
      checked++;
    }
    if (snapshot.renewalMode().isPresent()) {
      assertEquals(
          Optional.of(RenewalMode.LET_EXPIRE),
          snapshot.renewalMode(),
          "the renewal mode the registration asked for");
      checked++;
    }
    if (snapshot.privacy().isPresent()) {
      assertEquals(
          Optional.of(privacy), snapshot.privacy(), "the privacy the registration asked for");
      checked++;
    }
    DomainContacts contacts =
        session().capabilities().supports(Capability.CONTACTS, name.tld())
            ? registrar().getContacts(name)
            : snapshot.contacts();
    RoleContact owner = request.contacts().get(ContactRole.OWNER).orElseThrow();
    if (contacts.owner().isPresent() && owner instanceof RoleContact.Details details) {
      assertEquals(
          details.contact().email().value().toLowerCase(Locale.ROOT),
          contacts.owner().get().email().toLowerCase(Locale.ROOT),
          "the owner's e-mail after registering");
      checked++;
    }
    Assumptions.assumeTrue(
        checked > 0,
        "the plugin reports none of name servers, renewal mode, privacy or owner, so nothing could"
            + " be compared");
  }

  @Test
  void taken_name_is_rejected_with_a_customer_message_and_a_registrar_code() throws Exception {
    DomainName taken = fixture().takenName();
    RejectedException refused =
        TckAssertions.expect(
            RejectedException.class,
            "register() of a name held by someone else",
            () -> registrar().register(session().registration(taken, Period.ofYears(1)).build()));
    TckAssertions.assertCustomerSafe(session(), refused);
    assertTrue(
        refused.registrarCode().isPresent(),
        () -> "a refusal carries the registrar's code for staff: " + refused);
    TckAssertions.assertNotInAccount(session(), taken, "after a refused registration");
  }

  @Test
  void name_under_an_unsold_tld_is_refused_and_not_registered() throws Exception {
    DomainName unsold = fixture().unsupportedTldName();
    TckAssertions.expectOneOf(
        "register() under a TLD the plugin does not sell",
        () -> registrar().register(session().registration(unsold, Period.ofYears(1)).build()),
        RegistrarErrorKind.INVALID_INPUT,
        RegistrarErrorKind.NOT_SUPPORTED,
        RegistrarErrorKind.REJECTED);
    TckAssertions.assertNothingUnderUnsoldTld(session(), unsold, "after a refused registration");
  }

  @Test
  void premium_name_without_consent_is_rejected() throws Exception {
    DomainName premium = premiumName();
    RejectedException refused =
        TckAssertions.expect(
            RejectedException.class,
            "register() of a premium name without accepting its price",
            () -> registrar().register(session().registration(premium, Period.ofYears(1)).build()));
    TckAssertions.assertCustomerSafe(session(), refused);
    TckAssertions.assertNotInAccount(session(), premium, "after a refused registration");
  }

  @Test
  void premium_name_with_consent_to_its_live_price_is_registered() throws Exception {
    session().require(Capability.PREMIUM_REGISTRATION);
    DomainName premium = premiumName();
    Money price = livePremiumPrice(premium);
    registrar()
        .register(
            session().registration(premium, Period.ofYears(1)).acceptPremiumPrice(price).build());
    session().registeredSnapshot(premium);
  }

  @Test
  void premium_name_with_consent_to_another_price_is_rejected() throws Exception {
    session().require(Capability.PREMIUM_REGISTRATION);
    DomainName premium = premiumName();
    Money live = livePremiumPrice(premium);
    Money lower = Money.of(live.amount().divide(BigDecimal.valueOf(2)), live.currency());
    TckAssertions.expect(
        RejectedException.class,
        "register() of a premium name accepting half its price",
        () ->
            registrar()
                .register(
                    session()
                        .registration(premium, Period.ofYears(1))
                        .acceptPremiumPrice(lower)
                        .build()));
    TckAssertions.assertNotInAccount(session(), premium, "after a refused registration");
  }

  @Test
  void premium_name_is_refused_when_premium_registration_is_not_declared() throws Exception {
    Assumptions.assumeFalse(
        session().capabilities().supports(Capability.PREMIUM_REGISTRATION),
        "the plugin declares PREMIUM_REGISTRATION");
    DomainName premium = premiumName();
    Money consent = Money.of("1000000", "EUR");
    TckAssertions.expectOneOf(
        "register() of a premium name by a plugin without PREMIUM_REGISTRATION",
        () ->
            registrar()
                .register(
                    session()
                        .registration(premium, Period.ofYears(1))
                        .acceptPremiumPrice(consent)
                        .build()),
        RegistrarErrorKind.REJECTED,
        RegistrarErrorKind.NOT_SUPPORTED);
    TckAssertions.assertNotInAccount(session(), premium, "after a refused registration");
  }

  private DomainName premiumName() {
    Optional<DomainName> premium = fixture().premiumName();
    Assumptions.assumeTrue(premium.isPresent(), "the fixture has no premium name");
    return premium.get();
  }

  private Money livePremiumPrice(DomainName premium) throws Exception {
    session().require(Capability.AVAILABILITY);
    AvailabilityResult result = registrar().checkAvailability(List.of(premium)).get(0);
    assertTrue(
        result.premium() && result.price().isPresent(),
        () -> "the fixture's premium name must check as premium with a price: " + result);
    return result.price().get();
  }

  private static Set<String> hosts(List<HostName> hosts) {
    return hosts.stream().map(HostName::ascii).collect(Collectors.toSet());
  }
}
