package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.anaOwns;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.domain.DomainCheckForTransferRequest;
import org.regdesk.dondominio.client.domain.DomainCheckForTransferResponse.Transferability;
import org.regdesk.dondominio.client.domain.DomainCheckRequest;
import org.regdesk.dondominio.client.domain.DomainCheckResponse.Availability;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.error.DomainException;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.Money;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** {@code domain/check} and {@code domain/checkfortransfer} against the sandbox. */
class DomainCheckTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);

  private Availability check(String name) {
    return client.call(new DomainCheckRequest(DomainName.of(name))).first().orElseThrow();
  }

  private Transferability checkForTransfer(String name) {
    return client
        .call(new DomainCheckForTransferRequest(DomainName.of(name)))
        .first()
        .orElseThrow();
  }

  @Test
  void aFreeNameIsAvailableAtTheZonePrice() {
    Availability shop = check("regdesk-free-shop.com");

    assertThat(shop.name()).isEqualTo(DomainName.of("regdesk-free-shop.com"));
    assertThat(shop.tld()).isEqualTo("com");
    assertThat(shop.available()).isTrue();
    assertThat(shop.premium()).isFalse();
    assertThat(shop.price()).hasValueSatisfying(p -> assertThat(p.amount()).isPositive());
  }

  @Test
  void anIdnIsCheckedUnderItsUnicodeNameAndComesBackEqual() {
    Availability idn = check("diseño-regdesk.es");

    assertThat(idn.name()).isEqualTo(DomainName.of("diseño-regdesk.es"));
    assertThat(idn.name().ascii()).isEqualTo(java.net.IDN.toASCII("diseño-regdesk.es"));
    assertThat(idn.available()).isTrue();
  }

  @Test
  void aNameWithSharpSIsCheckedAsItselfNotAsSs() {
    Availability sharpS = check("straße-regdesk.de");

    assertThat(sharpS.name()).isEqualTo(DomainName.of("XN--STRAE-REGDESK-EDB.de"));
    assertThat(sharpS.name().ascii()).isEqualTo("xn--strae-regdesk-edb.de");
    assertThat(sharpS.name().unicode()).isEqualTo("straße-regdesk.de");
    assertThat(sharpS.available()).isTrue();
    assertThat(callsOf(sandbox, "domain/check").get(0).parameters())
        .containsEntry("domain", "xn--strae-regdesk-edb.de");
  }

  @Test
  void aNameInTheAccountIsNoLongerAvailable() {
    client.call(DomainCreateRequest.builder(DomainName.of("regdesk-mine.com"), anaOwns()).build());

    assertThat(check("regdesk-mine.com").available()).isFalse();
  }

  @Test
  void aNameTakenElsewhereIsUnavailable() {
    assertThat(check("google.com").available()).isFalse();
  }

  @Test
  void aPremiumNameIsAvailableAtItsPremiumPrice() {
    Availability premium = check("casino.com");
    Availability ordinary = check("regdesk-ordinary.com");

    assertThat(premium.available()).isTrue();
    assertThat(premium.premium()).isTrue();
    assertThat(premium.price().map(Money::amount).orElseThrow())
        .isGreaterThan(ordinary.price().map(Money::amount).orElseThrow());
  }

  @Test
  void aNameThatIsNotRegistrableIs2001() {
    DomainException.InvalidName e =
        catchThrowableOfType(
            DomainException.InvalidName.class, () -> check("www.regdesk-shop.com"));

    assertThat(e.errorCode()).isEqualTo(2001);
    assertThat(e.action()).isEqualTo("domain/check");
    assertThat(e.messages()).isNotEmpty();
  }

  @Test
  void aTldTheAccountDoesNotSellIs2002() {
    DomainException.TldNotSupported e =
        catchThrowableOfType(
            DomainException.TldNotSupported.class, () -> check("regdesk-shop.notatld"));

    assertThat(e.errorCode()).isEqualTo(2002);
    assertThat(e.action()).isEqualTo("domain/check");
    assertThat(e.messages()).isNotEmpty();
  }

  @Test
  void aDomainHeldElsewhereIsTransferableAtTheTransferPrice() {
    sandbox.addForeignDomain("regdesk-elsewhere.com", "X9#code");

    Transferability elsewhere = checkForTransfer("regdesk-elsewhere.com");

    assertThat(elsewhere.transferable()).isTrue();
    assertThat(elsewhere.reasons()).isEmpty();
    assertThat(elsewhere.price()).isPresent();
    assertThat(elsewhere.tld()).isEqualTo("com");
  }

  @Test
  void aDomainInTheAccountIsNotTransferableAndSaysWhy() {
    client.call(DomainCreateRequest.builder(DomainName.of("regdesk-mine.com"), anaOwns()).build());

    Transferability mine = checkForTransfer("regdesk-mine.com");

    assertThat(mine.transferable()).isFalse();
    assertThat(mine.reasons()).contains("Domain in the system");
  }

  @Test
  void checkForTransferRefusesABadNameWith2001() {
    DomainException.InvalidName e =
        catchThrowableOfType(
            DomainException.InvalidName.class, () -> checkForTransfer("www.regdesk-shop.com"));

    assertThat(e.action()).isEqualTo("domain/checkfortransfer");
  }
}
