package org.regdesk.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Runs a {@link DatabaseTest} on each enabled database; see there. */
public final class Databases implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context
        .getTestMethod()
        .map(m -> m.isAnnotationPresent(DatabaseTest.class))
        .orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    List<TestTemplateInvocationContext> runs = new ArrayList<>();
    runs.add(on(TestDatabase.Engine.H2));
    if (TestDatabase.postgresEnabled()) {
      runs.add(on(TestDatabase.Engine.POSTGRESQL));
    }
    return runs.stream();
  }

  private static TestTemplateInvocationContext on(TestDatabase.Engine engine) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int invocationIndex) {
        return engine.name().toLowerCase(Locale.ROOT);
      }

      @Override
      public List<Extension> getAdditionalExtensions() {
        return List.of(new Resolver(engine));
      }
    };
  }

  private record Resolver(TestDatabase.Engine engine) implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      // stored in the test's own store: JUnit closes it (dropping the schema) after the test
      return context
          .getStore(ExtensionContext.Namespace.create(Databases.class, context.getUniqueId()))
          .computeIfAbsent("database", key -> TestDatabase.create(engine), TestDatabase.class);
    }
  }
}
