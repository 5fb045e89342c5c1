package org.regdesk.registrar.tck.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The outcome of running the suite, bound to one plugin, through the JUnit launcher: every test by
 * "Group.method" (the nested group's class name and the test method), with how it ended.
 */
final class TckRun {

  /** How one test ended, with the failure or skip reason. */
  record Outcome(TestExecutionResult.Status status, String message) {}

  private final Map<String, Outcome> outcomes;

  private TckRun(Map<String, Outcome> outcomes) {
    this.outcomes = new TreeMap<>(outcomes);
  }

  static TckRun of(Class<?> suite) {
    Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    TestExecutionListener recorder =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
              String message =
                  result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
              outcomes.put(key(test), new Outcome(result.getStatus(), message));
            }
          }
        };
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(suite)).build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, recorder);
    return new TckRun(outcomes);
  }

  private static String key(TestIdentifier test) {
    MethodSource method =
        test.getSource()
            .filter(MethodSource.class::isInstance)
            .map(MethodSource.class::cast)
            .orElseThrow(() -> new IllegalStateException("a test without a method: " + test));
    String className = method.getClassName();
    return className.substring(className.lastIndexOf('$') + 1) + "." + method.getMethodName();
  }

  int count() {
    return outcomes.size();
  }

  Set<String> with(TestExecutionResult.Status status) {
    return outcomes.entrySet().stream()
        .filter(e -> e.getValue().status() == status)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  Set<String> failed() {
    return with(TestExecutionResult.Status.FAILED);
  }

  Set<String> skipped() {
    return with(TestExecutionResult.Status.ABORTED);
  }

  Optional<String> message(String test) {
    return Optional.ofNullable(outcomes.get(test)).map(Outcome::message);
  }

  Map<String, String> messages(Set<String> tests) {
    Map<String, String> byTest = new TreeMap<>();
    tests.forEach(test -> byTest.put(test, outcomes.get(test).message()));
    return byTest;
  }

  @Override
  public String toString() {
    return outcomes.entrySet().stream()
        .map(e -> e.getValue().status() + " " + e.getKey() + ": " + e.getValue().message())
        .collect(Collectors.joining("\n"));
  }
}
