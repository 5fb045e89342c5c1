package org.regdesk.dondominio.sandbox;

import java.lang.reflect.AnnotatedElement;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs one sandbox on a free port per test class (nested classes share
 * their outer class's), stops it after the class, resolves {@link Sandbox} parameters and, unless
 * told not to, resets state, faults and recorded calls before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static SandboxExtension sandbox = SandboxExtension.builder().seedDomains(20).build();
 *
 * @Test
 * void hello() {
 *   URI endpoint = sandbox.get().uri();
 * }
 * }</pre>
 *
 * or {@code @ExtendWith(SandboxExtension.class)} with a {@code Sandbox} parameter. Skip the reset
 * with {@link Builder#resetBeforeEach(boolean)} or {@link KeepSandboxState}.
 */
public final class SandboxExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SandboxExtension.class);

  private final Consumer<Sandbox.Builder> configuration;
  private final boolean resetBeforeEach;
  private volatile Sandbox current;

  /** The defaults: a fresh default sandbox, reset before each test. */
  public SandboxExtension() {
    this(builder -> {}, true);
  }

  private SandboxExtension(Consumer<Sandbox.Builder> configuration, boolean resetBeforeEach) {
    this.configuration = configuration;
    this.resetBeforeEach = resetBeforeEach;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The running sandbox of the current test class. */
  public Sandbox get() {
    Sandbox sandbox = current;
    if (sandbox == null) {
      throw new IllegalStateException(
          "the sandbox runs from the test class's start; register the extension on a static field");
    }
    return sandbox;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandboxFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Sandbox sandbox = sandboxFor(context);
    if (resetBeforeEach && !keepsState(context)) {
      sandbox.reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Sandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return sandboxFor(context);
  }

  /**
   * The sandbox lives in the store of the outermost test class, which closes it (it is {@link
   * AutoCloseable}) when that class is done.
   */
  private Sandbox sandboxFor(ExtensionContext context) {
    ExtensionContext outermost = context;
    while (outermost.getParent().flatMap(ExtensionContext::getParent).isPresent()) {
      outermost = outermost.getParent().orElseThrow();
    }
    Sandbox sandbox =
        outermost.getStore(NAMESPACE).computeIfAbsent(this, key -> start(), Sandbox.class);
    current = sandbox;
    return sandbox;
  }

  private Sandbox start() {
    Sandbox.Builder builder = Sandbox.builder();
    configuration.accept(builder);
    // always a free port, whatever the configuration says: test classes may run in parallel
    return builder.port(0).start();
  }

  private static boolean keepsState(ExtensionContext context) {
    if (context.getTestMethod().map(SandboxExtension::keeps).orElse(false)) {
      return true;
    }
    for (Class<?> type = context.getTestClass().orElse(null);
        type != null;
        type = type.getEnclosingClass()) {
      if (keeps(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean keeps(AnnotatedElement element) {
    return element.isAnnotationPresent(KeepSandboxState.class);
  }

  /** Configures a {@link SandboxExtension} for {@code @RegisterExtension}. */
  public static final class Builder {
    private Consumer<Sandbox.Builder> configuration = builder -> {};
    private boolean resetBeforeEach = true;

    private Builder() {}

    /** Any sandbox setting; the port is always a free one. */
    public Builder configure(Consumer<Sandbox.Builder> configuration) {
      Objects.requireNonNull(configuration, "configuration");
      this.configuration = this.configuration.andThen(configuration);
      return this;
    }

    // each shortcut checks its value on a throw-away builder, so a bad one fails where it is
    // written rather than at the first test

    public Builder apiUser(String apiUser) {
      Sandbox.builder().apiUser(apiUser);
      return configure(b -> b.apiUser(apiUser));
    }

    public Builder apiPassword(String apiPassword) {
      Sandbox.builder().apiPassword(apiPassword);
      return configure(b -> b.apiPassword(apiPassword));
    }

    public Builder balance(java.math.BigDecimal balance) {
      Sandbox.builder().balance(balance);
      return configure(b -> b.balance(balance));
    }

    public Builder seedDomains(int seedDomains) {
      Sandbox.builder().seedDomains(seedDomains);
      return configure(b -> b.seedDomains(seedDomains));
    }

    public Builder seed(long seed) {
      return configure(b -> b.seed(seed));
    }

    public Builder clock(org.regdesk.dondominio.sandbox.engine.SandboxClock clock) {
      Objects.requireNonNull(clock, "clock");
      return configure(b -> b.clock(clock));
    }

    /** Whether each test starts from a fresh sandbox (default true). */
    public Builder resetBeforeEach(boolean resetBeforeEach) {
      this.resetBeforeEach = resetBeforeEach;
      return this;
    }

    public SandboxExtension build() {
      return new SandboxExtension(configuration, resetBeforeEach);
    }
  }
}
