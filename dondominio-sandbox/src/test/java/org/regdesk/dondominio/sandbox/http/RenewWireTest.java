package org.regdesk.dondominio.sandbox.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code domain/renew} over real HTTP: the {@code curExpDate} guard, periods, statuses, balance,
 * and the expiry life cycle (autorenew, grace, redemption, deletion) as the clock moves.
 */
class RenewWireTest {
  private static WireCase renew(String name) {
    return WireCase.of("domain/renew", name).given(f -> f.active("tienda-ana.com"));
  }

  static Stream<Arguments> cases() {
    return WireCase.inBothEncodings(
        renew("ok")
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02", "period", "2")
            .then("domain/getinfo", "domain", "tienda-ana.com")
            .thenMinutesPass(5)
            .then("domain/getinfo", "domain", "tienda-ana.com")
            .thenState("tienda-ana.com"),
        renew("compact date and domain ID, default period")
            .with("domainID", "47110001", "curExpDate", "20270302"),
        renew("stale curExpDate")
            .with("domain", "tienda-ana.com", "curExpDate", "2026-03-02", "period", "1"),
        renew("twice with the same curExpDate")
            .given(
                f -> f.call("domain/renew", "domain", "tienda-ana.com", "curExpDate", "2027-03-02"))
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02")
            .thenState("tienda-ana.com"),
        renew("missing curExpDate").with("domain", "tienda-ana.com"),
        renew("malformed curExpDate").with("domain", "tienda-ana.com", "curExpDate", "02/03/2027"),
        renew("impossible curExpDate").with("domain", "tienda-ana.com", "curExpDate", "2027-02-30"),
        renew("period 0")
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02", "period", "0"),
        renew("beyond ten years")
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02", "period", "10"),
        renew("insufficient balance")
            .given(f -> f.account("balance", "11.49"))
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02"),
        WireCase.of("domain/renew", "while registering")
            .given(f -> f.create("tienda-ana.com"))
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02"),
        WireCase.of("domain/renew", "in renewal grace")
            .given(f -> f.active("tienda-ana.com"))
            .given(
                f ->
                    f.call(
                        "domain/update",
                        "domain",
                        "tienda-ana.com",
                        "updateType",
                        "renewalMode",
                        "renewalMode",
                        "manual"))
            .given(f -> f.advanceDays(366))
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02")
            .thenMinutesPass(5)
            .then("domain/getinfo", "domain", "tienda-ana.com"),
        WireCase.of("domain/renew", "pending delete")
            .given(f -> f.active("tienda-ana.com"))
            .given(
                f ->
                    f.call(
                        "domain/update",
                        "domain",
                        "tienda-ana.com",
                        "updateType",
                        "renewalMode",
                        "renewalMode",
                        "letexpire"))
            .given(f -> f.advanceDays(365 + 61))
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02")
            .thenDaysPass(5)
            .then("domain/getinfo", "domain", "tienda-ana.com")
            .then("domain/listdeleted")
            .thenState("tienda-ana.com"),
        WireCase.of("domain/renew", "autorenew at expiry")
            .given(f -> f.active("tienda-ana.com"))
            .given(f -> f.advanceDays(366))
            .with("domain", "tienda-ana.com", "curExpDate", "2028-03-02")
            .thenState("tienda-ana.com"),
        WireCase.of("domain/renew", "unknown domain")
            .with("domain", "tienda-ana.com", "curExpDate", "2027-03-02"),
        WireCase.of("domain/renew", "missing selector").with("curExpDate", "2027-03-02"),
        WireCase.of("domain/renew", "domain ID not a number")
            .with("domainID", "tienda", "curExpDate", "2027-03-02"));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void answers_as_pinned(WireCase wireCase, BodyEncoding encoding) {
    wireCase.run(encoding);
  }
}
