package org.regdesk.app.job;

import org.regdesk.app.registrar.Registrars;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.stereotype.Component;

/**
 * A job kind for reliability tests over real HTTP: looks a domain up with the desk's DonDominio
 * plugin against the demo sandbox. A domain the account does not hold is a definite answer too.
 */
@Component
public class LookupJob implements JobType<LookupJob.Lookup> {

  /** What to look up: a .com name by its label. */
  public record Lookup(String label) {}

  private final Registrars registrars;

  LookupJob(Registrars registrars) {
    this.registrars = registrars;
  }

  @Override
  public String kind() {
    return "sandbox-lookup";
  }

  @Override
  public Class<Lookup> payloadType() {
    return Lookup.class;
  }

  @Override
  public JobOutcome run(Lookup lookup, JobAttempt attempt) throws RegistrarException {
    try {
      registrars.registrar("dondominio").getDomain(DomainName.of(lookup.label(), "com"));
      return JobOutcome.done("in the account");
    } catch (NotFoundException notHeld) {
      return JobOutcome.done("not in the account");
    }
  }
}
