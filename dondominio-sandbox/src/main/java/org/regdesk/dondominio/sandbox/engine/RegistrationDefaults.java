package org.regdesk.dondominio.sandbox.engine;

/** The settings a domain gets when it enters the account through create or transfer. */
final class RegistrationDefaults {
  private RegistrationDefaults() {}

  static void apply(Domain domain, SandboxState state) {
    domain.renewalMode = RenewalMode.AUTORENEW;
    // new domains are locked wherever the zone supports it
    domain.transferBlock = domain.name.tld().transferLock();
    domain.modifyBlock = false;
    domain.whoisPrivacy = false;
    domain.viewWhois = true;
    domain.tag = "";
    domain.authcode = state.ids.authcode();
  }
}
