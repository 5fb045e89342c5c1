package org.regdesk.registrar.tck;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The contract suite every registrar plugin runs against its own test registrar. A plugin's test
 * extends it and supplies a {@link RegistrarTckFixture}:
 *
 * <pre>{@code
 * class DonDominioTckTest extends RegistrarTck {
 *   @RegisterExtension static SandboxExtension sandbox = SandboxExtension.builder().build();
 *
 *   @Override
 *   protected RegistrarTckFixture fixture() {
 *     return new SandboxFixture(sandbox.get());
 *   }
 * }
 * }</pre>
 *
 * <p>The tests come in nested groups: one per capability, skipped with the reason ("the plugin does
 * not declare LOCK") when the plugin does not declare it, and cross-cutting groups for the
 * descriptor, each failure kind, retries after a lost answer, the audit and secrets. Inside a group
 * a test that needs something the plugin or fixture lacks (a premium name, a second capability) is
 * skipped alone, with its reason. The module's README lists what each group checks.
 *
 * <p>Every test gets a new fixture and new registrars, created the way the host creates them; the
 * suite closes both afterwards.
 */
public abstract class RegistrarTck {

  private TckSession session;

  /**
   * The fixture for one test. Called once per test, after the test class's own {@code @BeforeEach}
   * methods, so it may use what they prepared; closed after the test.
   *
   * @return a fixture whose test registrar is ready
   */
  protected abstract RegistrarTckFixture fixture();

  private TckSession session() {
    if (session == null) {
      session = new TckSession(fixture());
    }
    return session;
  }

  /** Closes the test's registrars and fixture. */
  @AfterEach
  void closeTheTestsRegistrarsAndFixture() {
    if (session != null) {
      try {
        session.close();
      } finally {
        session = null;
      }
    }
  }

  @Nested
  @DisplayName("descriptor: consistent, loadable, secrets typed secret")
  class DescriptorTests extends DescriptorChecks {
    DescriptorTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("testConnection")
  class ConnectionTests extends ConnectionChecks {
    ConnectionTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("getDomain")
  class LookupTests extends LookupChecks {
    LookupTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("AVAILABILITY")
  class AvailabilityTests extends AvailabilityChecks {
    AvailabilityTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("TRANSFER_ELIGIBILITY")
  class TransferEligibilityTests extends TransferEligibilityChecks {
    TransferEligibilityTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("REGISTER and PREMIUM_REGISTRATION")
  class RegistrationTests extends RegistrationChecks {
    RegistrationTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("TRANSFER")
  class TransferTests extends TransferChecks {
    TransferTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("TRANSFER_RESTART")
  class TransferRestartTests extends TransferRestartChecks {
    TransferRestartTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("RENEW")
  class RenewalTests extends RenewalChecks {
    RenewalTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("CONTACTS")
  class ContactTests extends ContactChecks {
    ContactTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("NAMESERVERS")
  class NameserverTests extends NameserverChecks {
    NameserverTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("GLUE_RECORDS")
  class GlueRecordTests extends GlueRecordChecks {
    GlueRecordTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("LOCK")
  class LockTests extends LockChecks {
    LockTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("AUTH_CODE")
  class AuthCodeTests extends AuthCodeChecks {
    AuthCodeTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("PRIVACY")
  class PrivacyTests extends PrivacyChecks {
    PrivacyTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("RENEWAL_MODE")
  class RenewalModeTests extends RenewalModeChecks {
    RenewalModeTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("DNSSEC")
  class DnssecTests extends DnssecChecks {
    DnssecTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("LIST_DOMAINS")
  class DomainListingTests extends DomainListingChecks {
    DomainListingTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("TLD_PRICES")
  class TldPriceTests extends TldPriceChecks {
    TldPriceTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("InvalidInputException: refused before any call, fields named")
  class InvalidInputTests extends InvalidInputChecks {
    InvalidInputTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("InsufficientFundsException: charged operations with an empty balance")
  class InsufficientFundsTests extends InsufficientFundsChecks {
    InsufficientFundsTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("UnavailableException: outages are never answers")
  class OutageTests extends OutageChecks {
    OutageTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("OutcomeUnknownException: lost answers and idempotent retries")
  class OutcomeUnknownTests extends OutcomeUnknownChecks {
    OutcomeUnknownTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("AuthenticationFailedException: refused credentials")
  class BadCredentialTests extends BadCredentialChecks {
    BadCredentialTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("NotSupportedException: capabilities are honest")
  class NotSupportedTests extends NotSupportedChecks {
    NotSupportedTests() {
      super(RegistrarTck.this::session);
    }
  }

  @Nested
  @DisplayName("audit and secrets")
  class SecretAndAuditTests extends SecretAndAuditChecks {
    SecretAndAuditTests() {
      super(RegistrarTck.this::session);
    }
  }
}
