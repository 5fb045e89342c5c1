package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code domain/transfer} and {@code domain/transferrestart} over real HTTP, with the transfer's
 * life cycle followed through {@code domain/getinfo} as the clock moves.
 */
class TransferWireTest {
  private static final String CODE = "Xy7#code+1";

  private static WireCase transfer(String name, String domain) {
    return WireCase.of("domain/transfer", name).with("domain", domain).withOwner();
  }

  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        transfer("ok", "vecino.net")
            .given(f -> f.foreign("vecino.net", CODE, "expiry", "2026-09-15"))
            .with("authcode", CODE, "foacontact", "owner", "nameservers", "keepns")
            .then("domain/getinfo", "domain", "vecino.net", "infoType", "status")
            .thenMinutesPass(5)
            .then("domain/getinfo", "domain", "vecino.net", "infoType", "status")
            .thenDaysPass(5)
            .then("domain/getinfo", "domain", "vecino.net", "infoType", "status")
            .then("domain/getnameservers", "domain", "vecino.net")
            .thenState("vecino.net"),
        transfer("wrong code waits for a restart", "vecino.net")
            .given(f -> f.foreign("vecino.net", CODE))
            .with("authcode", "not-the-code")
            .thenMinutesPass(5)
            .then("domain/getinfo", "domain", "vecino.net", "infoType", "status")
            .then("domain/gethistory", "domain", "vecino.net"),
        transfer("without a code it is cancelled and refunded after ten days", "vecino.net")
            .given(f -> f.foreign("vecino.net", CODE))
            .thenDaysPass(10)
            .then("domain/getinfo", "domain", "vecino.net")
            .thenState("vecino.net"),
        transfer("zone without codes", "tienda-vecina.co.uk")
            .given(f -> f.foreign("tienda-vecina.co.uk", ""))
            .with("nameservers", "ns1.hosting-ana.net,ns2.hosting-ana.net")
            .thenMinutesPass(5)
            .then("domain/getinfo", "domain", "tienda-vecina.co.uk"),
        transfer("already in the account", "tienda-ana.com")
            .given(f -> f.active("tienda-ana.com"))
            .with("authcode", CODE),
        transfer("locked at the other registrar", "vecino.net")
            .given(f -> f.foreign("vecino.net", CODE, "locked", "true"))
            .with("authcode", CODE),
        transfer("not registered anywhere", "nadie-la-tiene.com").with("authcode", CODE),
        transfer("taken by rule", "google.com").with("authcode", CODE),
        transfer("insufficient balance", "vecino.net")
            .given(f -> f.foreign("vecino.net", CODE))
            .given(f -> f.account("balance", "0"))
            .with("authcode", CODE),
        WireCase.of("domain/transfer", "missing owner")
            .given(f -> f.foreign("vecino.net", CODE))
            .with("domain", "vecino.net", "authcode", CODE),
        transfer("bad foacontact", "vecino.net")
            .given(f -> f.foreign("vecino.net", CODE))
            .with("authcode", CODE, "foacontact", "tech"),
        transfer("default nameservers", "vecino.net")
            .given(f -> f.foreign("vecino.net", CODE))
            .with("authcode", CODE, "nameservers", "default"),
        transfer("one nameserver", "vecino.net")
            .given(f -> f.foreign("vecino.net", CODE))
            .with("authcode", CODE, "nameservers", "ns1.hosting-ana.net"),
        transfer("bad zone field", "vecino.fr")
            .given(f -> f.foreign("vecino.fr", CODE))
            .with("authcode", CODE, "ownerDateOfBirth", "17/05/1980"),
        WireCase.of("domain/transfer", "missing domain").withOwner(),
        transfer("invalid name", "vecino!.net"),
        transfer("unknown zone", "vecino.nowhere"),
        WireCase.of("domain/transferrestart", "with the right code")
            .given(f -> f.foreign("vecino.net", CODE))
            .given(f -> f.transferringWithCode("vecino.net", "wrong"))
            .given(f -> f.advanceMinutes(5))
            .with("domain", "vecino.net", "authcode", CODE, "foacontact", "admin")
            .thenMinutesPass(5)
            .then("domain/getinfo", "domain", "vecino.net"),
        WireCase.of("domain/transferrestart", "a cancelled transfer charges again")
            .given(f -> f.foreign("vecino.net", CODE))
            .given(f -> f.transferringWithCode("vecino.net", "wrong"))
            .given(f -> f.advanceDays(11))
            .with("domain", "vecino.net", "authcode", CODE)
            .thenState("vecino.net"),
        WireCase.of("domain/transferrestart", "not transferring")
            .given(f -> f.active("tienda-ana.com"))
            .with("domain", "tienda-ana.com"),
        WireCase.of("domain/transferrestart", "unknown domain").with("domain", "vecino.net"),
        WireCase.of("domain/transferrestart", "unknown domain ID").with("domainID", "47110999"),
        WireCase.of("domain/transferrestart", "missing selector"),
        WireCase.of("domain/transferrestart", "bad foacontact")
            .given(f -> f.foreign("vecino.net", CODE))
            .given(f -> f.transferringWithCode("vecino.net", "wrong"))
            .with("domain", "vecino.net", "foacontact", "nobody"));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
