package org.regdesk.registrar.tck.fake;

import java.util.EnumSet;
import java.util.Set;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.tck.RegistrarTck;
import org.regdesk.registrar.tck.RegistrarTckFixture;

/**
 * The suite bound to variants of the fake plugin, for the self-test to run through the JUnit
 * launcher. Nested classes, so that the build's own test run (which skips nested classes) never
 * runs the broken ones on their own.
 */
public final class FakePlugins {

  private FakePlugins() {}

  private static FakeFixture fake(Set<Capability> capabilities, Defect... defects) {
    Set<Defect> planted = EnumSet.noneOf(Defect.class);
    planted.addAll(Set.of(defects));
    return new FakeFixture(capabilities, planted);
  }

  private static FakeFixture fullFake(Defect... defects) {
    return fake(EnumSet.allOf(Capability.class), defects);
  }

  /** Every capability, no defect. */
  public static class Healthy extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake();
    }
  }

  /** Availability and registration only, no defect. */
  public static class Minimal extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fake(EnumSet.of(Capability.AVAILABILITY, Capability.REGISTER));
    }
  }

  /** See {@link Defect#CREATES_TWICE_AFTER_OUTCOME_UNKNOWN}. */
  public static class CreatesTwice extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.CREATES_TWICE_AFTER_OUTCOME_UNKNOWN);
    }
  }

  /** See {@link Defect#CALLS_REGISTRAR_ON_INVALID_INPUT}. */
  public static class CallsOnInvalidInput extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.CALLS_REGISTRAR_ON_INVALID_INPUT);
    }
  }

  /** See {@link Defect#DECLARES_DNSSEC_WITHOUT_IMPLEMENTING_IT}. */
  public static class DeclaresUnimplemented extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.DECLARES_DNSSEC_WITHOUT_IMPLEMENTING_IT);
    }
  }

  /** See {@link Defect#IMPLEMENTS_UNDECLARED_TLD_PRICES}. */
  public static class ImplementsUndeclared extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      Set<Capability> declared = EnumSet.allOf(Capability.class);
      declared.remove(Capability.TLD_PRICES);
      return fake(declared, Defect.IMPLEMENTS_UNDECLARED_TLD_PRICES);
    }
  }

  /** See {@link Defect#PAGES_SKIP_DOMAINS}. */
  public static class PagesSkip extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.PAGES_SKIP_DOMAINS);
    }
  }

  /** See {@link Defect#PAGES_REPEAT_DOMAINS}. */
  public static class PagesRepeat extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.PAGES_REPEAT_DOMAINS);
    }
  }

  /** See {@link Defect#PAGES_NEVER_END}. */
  public static class PagesNeverEnd extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.PAGES_NEVER_END);
    }
  }

  /** See {@link Defect#OUTAGE_AS_NOT_FOUND}. */
  public static class OutageAsNotFound extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.OUTAGE_AS_NOT_FOUND);
    }
  }

  /** See {@link Defect#LOST_ANSWER_AS_UNAVAILABLE}. */
  public static class LostAnswerAsUnavailable extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.LOST_ANSWER_AS_UNAVAILABLE);
    }
  }

  /** See {@link Defect#IGNORES_EXPIRY_GUARD}. */
  public static class IgnoresExpiryGuard extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.IGNORES_EXPIRY_GUARD);
    }
  }

  /** See {@link Defect#LOGS_API_KEY}. */
  public static class LogsApiKey extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.LOGS_API_KEY);
    }
  }

  /** See {@link Defect#API_KEY_TYPED_TEXT}. */
  public static class ApiKeyTypedText extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.API_KEY_TYPED_TEXT);
    }
  }

  /** See {@link Defect#REJECTS_WITHOUT_REGISTRAR_CODE}. */
  public static class RejectsWithoutCode extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.REJECTS_WITHOUT_REGISTRAR_CODE);
    }
  }

  /** See {@link Defect#LOOKUP_NOT_AUDITED}. */
  public static class LookupNotAudited extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.LOOKUP_NOT_AUDITED);
    }
  }

  /** See {@link Defect#AUTH_FAILURE_NAMES_THE_KEY}. */
  public static class AuthFailureNamesTheKey extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.AUTH_FAILURE_NAMES_THE_KEY);
    }
  }

  /** See {@link Defect#DESCRIPTOR_CHANGES_BETWEEN_CALLS}. */
  public static class UnstableDescriptor extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.DESCRIPTOR_CHANGES_BETWEEN_CALLS);
    }
  }

  /** Declares premium registration and transfer restart without their base capabilities. */
  public static class ExtensionsWithoutBase extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      Set<Capability> declared = EnumSet.allOf(Capability.class);
      declared.remove(Capability.REGISTER);
      declared.remove(Capability.TRANSFER);
      return fake(declared);
    }
  }

  /** See {@link Defect#TLD_UNSUPPORTED_AS_UNAVAILABLE}. */
  public static class TldUnsupportedAsUnavailable extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.TLD_UNSUPPORTED_AS_UNAVAILABLE);
    }
  }

  /** See {@link Defect#LOGS_AUTH_CODE}. */
  public static class LogsAuthCode extends RegistrarTck {
    @Override
    protected RegistrarTckFixture fixture() {
      return fullFake(Defect.LOGS_AUTH_CODE);
    }
  }
}
