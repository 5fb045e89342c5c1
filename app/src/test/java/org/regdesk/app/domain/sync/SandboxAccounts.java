package org.regdesk.app.domain.sync;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.engine.Params;
import org.regdesk.registrar.spi.value.DomainName;

/** Fills the shared desk's sandbox account with active domains for sync and action tests. */
public final class SandboxAccounts {

  private SandboxAccounts() {}

  /**
   * Registers a new {@code .com} in the sandbox (without the desk) and lets it become active.
   *
   * @param sandbox the desk's sandbox
   * @param label what the label starts with
   * @return the name
   */
  public static DomainName registerActive(Sandbox sandbox, String label) {
    DomainName name = register(sandbox, label);
    sandbox.advanceClock(Duration.ofMinutes(5));
    return name;
  }

  /**
   * Registers new {@code .com} names in the sandbox until it holds at least {@code count}.
   *
   * @param sandbox the desk's sandbox
   * @param count how many domains the account should hold at least
   * @param held how many it holds now
   */
  public static void atLeast(Sandbox sandbox, int count, long held) {
    for (long i = held; i < count; i++) {
      register(sandbox, "filler");
    }
    sandbox.advanceClock(Duration.ofMinutes(5));
  }

  private static DomainName register(Sandbox sandbox, String label) {
    // the shared sandbox's balance is small; a test's registrations must not use it up
    sandbox.updateAccount(Map.of("balance", "100000"));
    DomainName name = DomainName.of(TestDomains.unique(label), "com");
    Map<String, String> p = new HashMap<>();
    p.put("apiuser", sandbox.apiUser());
    p.put("apipasswd", sandbox.apiPassword());
    p.put("domain", name.ascii());
    p.put("period", "1");
    p.put("ownerContactType", "individual");
    p.put("ownerContactFirstName", "Ana");
    p.put("ownerContactLastName", "Garcia");
    p.put("ownerContactIdentNumber", "12345678Z");
    p.put("ownerContactEmail", "ana@tienda-ana.es");
    p.put("ownerContactPhone", "+34.600111222");
    p.put("ownerContactAddress", "Mayor 1");
    p.put("ownerContactPostalCode", "08001");
    p.put("ownerContactCity", "Barcelona");
    p.put("ownerContactState", "Barcelona");
    p.put("ownerContactCountry", "ES");
    sandbox.engine().call("domain/create", Params.of(p), "127.0.0.1");
    return name;
  }
}
