package org.regdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The package boundaries of ARCHITECTURE.md, checked on the desk's main classes. */
class ArchitectureTest {

  private static final JavaClasses DESK =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.regdesk.app");

  private static final List<String> FEATURES =
      List.of(
          "customer",
          "catalog",
          "registrar",
          "domain",
          "order",
          "job",
          "importer",
          "security",
          "mail");

  @Test
  void webPackagesCallServicesNeverRepositories() {
    noClasses()
        .that()
        .resideInAPackage("org.regdesk.app.web..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(org.springframework.stereotype.Repository.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(org.springframework.jdbc.core.simple.JdbcClient.class)
        .because("web packages call services, never repositories (ARCHITECTURE.md)")
        .check(DESK);
  }

  @Test
  void onlyTheRegistrarPackageLoadsAndConfiguresPlugins() {
    noClasses()
        .that()
        .resideInAPackage("org.regdesk.app..")
        .and()
        .resideOutsideOfPackage("org.regdesk.app.registrar..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.regdesk.registrar.spi.RegistrarProvider")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.regdesk.registrar.spi.loading..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.regdesk.registrar.dondominio..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.regdesk.dondominio.client..")
        .because("only org.regdesk.app.registrar talks to plugins (ARCHITECTURE.md)")
        .check(DESK);
  }

  @Test
  void onlyTheLifeCycleFeaturesCallARegistrar() {
    // The domain life cycle, its jobs and the importer decide when to register, renew or list;
    // they get the configured Registrar from Registrars (which audits every call). Screens and the
    // API never call a registrar directly: they go through those services.
    noClasses()
        .that()
        .resideInAPackage("org.regdesk.app..")
        .and()
        .resideOutsideOfPackages(
            "org.regdesk.app.registrar..",
            "org.regdesk.app.domain..",
            "org.regdesk.app.order..",
            "org.regdesk.app.job..",
            "org.regdesk.app.importer..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.regdesk.registrar.spi.Registrar")
        .because("screens and the API reach registrars through the life-cycle services")
        .check(DESK);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "customer",
        "catalog",
        "registrar",
        "domain",
        "order",
        "job",
        "importer",
        "security",
        "mail"
      })
  void aFeatureDoesNotUseAnotherFeaturesRepositories(String feature) {
    for (String other : FEATURES) {
      if (other.equals(feature)) {
        continue;
      }
      ArchRule rule =
          noClasses()
              .that()
              .resideInAPackage("org.regdesk.app." + feature + "..")
              .should()
              .dependOnClassesThat(
                  com.tngtech.archunit.base.DescribedPredicate.and(
                      com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                          "org.regdesk.app." + other + ".."),
                      com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith(
                          "Repository")))
              .because("each feature owns its tables; use the other feature's service")
              .allowEmptyShould(true);
      rule.check(DESK);
    }
  }

  @Test
  void timeComesFromTheInjectedClock() {
    noClasses()
        .that()
        .resideInAPackage("org.regdesk.app..")
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(OffsetDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(Thread.class, "sleep", long.class)
        .because("time comes from the injected java.time.Clock so tests can move it")
        .check(DESK);
  }

  @Test
  void theSandboxIsOnlyStartedByDemoModeConfiguration() {
    noClasses()
        .that()
        .resideInAPackage("org.regdesk.app..")
        .and()
        .resideOutsideOfPackage("org.regdesk.app.config..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.regdesk.dondominio.sandbox..")
        .because("features reach the demo sandbox through the SandboxEndpoint bean")
        .check(DESK);
  }
}
