package org.regdesk.dondominio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.regdesk.dondominio.sandbox.http.Fault;

/**
 * The extension's life cycle, observed by running small test classes through the JUnit launcher.
 */
class SandboxExtensionTest {
  static final List<Integer> PORTS = new CopyOnWriteArrayList<>();
  static final List<Integer> FAULTS_SEEN = new CopyOnWriteArrayList<>();

  private static TestExecutionSummary run(Class<?> fixture) {
    PORTS.clear();
    FAULTS_SEEN.clear();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectClass(fixture))
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .build(),
        listener);
    return listener.getSummary();
  }

  private static void assertClosed(int port) {
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .as("port %d after the class", port)
        .isInstanceOf(IOException.class);
  }

  @Test
  void a_registered_extension_runs_one_sandbox_per_class_and_resets_before_each_test() {
    TestExecutionSummary summary = run(RegisteredFixture.class);

    assertThat(summary.getTotalFailureCount()).as("fixture failures").isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(5);
    assertThat(PORTS).hasSize(6).containsOnly(PORTS.get(0));
    assertThat(PORTS.get(0)).isNotEqualTo(Sandbox.Builder.DEFAULT_PORT);
    assertThat(FAULTS_SEEN).containsExactly(0, 1, 0);
    assertClosed(PORTS.get(0));
  }

  @Test
  void extend_with_resolves_sandbox_parameters_everywhere() {
    TestExecutionSummary summary = run(ExtendWithFixture.class);

    assertThat(summary.getTotalFailureCount()).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(PORTS).hasSize(4).containsOnly(PORTS.get(0));
    assertClosed(PORTS.get(0));
  }

  @Test
  void reset_can_be_switched_off() {
    TestExecutionSummary summary = run(NoResetFixture.class);

    assertThat(summary.getTotalFailureCount()).isZero();
    assertThat(FAULTS_SEEN).containsExactly(1, 2);
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class RegisteredFixture {
    @RegisterExtension static SandboxExtension sandbox = SandboxExtension.builder().build();

    @BeforeAll
    static void beforeAll(Sandbox resolved) {
      PORTS.add(resolved.port());
    }

    @Test
    @Order(1)
    void plansAFault(Sandbox resolved) {
      PORTS.add(resolved.port());
      resolved.fault(Fault.reset("tool/hello"));
    }

    @Test
    @Order(2)
    void startsClean(Sandbox resolved) {
      PORTS.add(resolved.port());
      FAULTS_SEEN.add(resolved.faults().size());
      resolved.fault(Fault.reset("tool/hello"));
    }

    @Test
    @Order(3)
    @KeepSandboxState
    void keepsWhatTheLastTestLeft() {
      PORTS.add(sandbox.get().port());
      FAULTS_SEEN.add(sandbox.get().faults().size());
    }

    @Test
    @Order(4)
    void startsCleanAgain(Sandbox resolved) {
      PORTS.add(resolved.port());
      FAULTS_SEEN.add(resolved.faults().size());
    }

    @Nested
    class Inner {
      @Test
      void sharesTheOuterSandbox(Sandbox resolved) {
        PORTS.add(resolved.port());
      }
    }
  }

  @ExtendWith(SandboxExtension.class)
  static class ExtendWithFixture {
    private final Sandbox fromConstructor;

    ExtendWithFixture(Sandbox sandbox) {
      this.fromConstructor = sandbox;
    }

    @Test
    void one(Sandbox sandbox) {
      assertThat(sandbox).isSameAs(fromConstructor);
      PORTS.add(sandbox.port());
      PORTS.add(fromConstructor.port());
    }

    @Test
    void two(Sandbox sandbox) {
      PORTS.add(sandbox.port());
      PORTS.add(fromConstructor.port());
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class NoResetFixture {
    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.builder().resetBeforeEach(false).build();

    @Test
    @Order(1)
    void first(Sandbox resolved) {
      resolved.fault(Fault.reset("tool/hello"));
      FAULTS_SEEN.add(resolved.faults().size());
    }

    @Test
    @Order(2)
    void second(Sandbox resolved) {
      resolved.fault(Fault.reset("tool/hello"));
      FAULTS_SEEN.add(resolved.faults().size());
    }
  }
}
