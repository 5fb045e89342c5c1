package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.contact.ContactCreateRequest;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.http.ApiCall;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.RoleContactPolicy;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RoleContact;

/**
 * The per-role contact settings, every combination: override contact set or not × "customers may
 * edit this contact" yes or no × the four roles. For each: what the policy reports, what a
 * registration sends for the role, and what a contact update of the role does.
 */
class ContactPolicyMatrixTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .build();

  private static final DomainName DOMAIN = DomainName.of("policy-matrix", "com");

  private Sandbox sandbox;
  private Registrar registrar;
  private String resellerContact;

  static Stream<Arguments> matrix() {
    return Stream.of(ContactRole.values())
        .flatMap(
            role ->
                Stream.of(true, false)
                    .flatMap(
                        override ->
                            Stream.of(true, false)
                                .map(mayEdit -> Arguments.of(role, override, mayEdit))));
  }

  @BeforeEach
  void createResellerContact() {
    sandbox = SANDBOX.get();
    DonDominioClient client =
        DonDominioClient.builder()
            .endpoint(sandbox.uri())
            .apiUser(sandbox.apiUser())
            .apiPassword(sandbox.apiPassword())
            .build();
    resellerContact =
        client
            .call(
                new ContactCreateRequest(
                    ContactData.builder()
                        .type(org.regdesk.dondominio.client.value.ContactType.INDIVIDUAL)
                        .firstName("Rita")
                        .lastName("Reseller")
                        .identNumber("87654321X")
                        .email("rita@hosting.example")
                        .phone("+34.910000000")
                        .address("Av. Hosting 9")
                        .postalCode("28001")
                        .city("Madrid")
                        .state("Madrid")
                        .country("ES")
                        .build()))
            .id()
            .orElseThrow()
            .value();
  }

  @AfterEach
  void stop() {
    if (registrar != null) {
      registrar.close();
    }
  }

  @ParameterizedTest(name = "{0}: override {1}, customers may edit {2}")
  @MethodSource("matrix")
  void the_role_is_reported_sent_and_updated_as_the_settings_say(
      ContactRole role, boolean override, boolean mayEdit) throws Exception {
    Map<String, String> settings = new HashMap<>();
    if (override) {
      settings.put(SettingKeys.override(role), resellerContact.toLowerCase(Locale.ROOT));
    }
    settings.put(SettingKeys.customerMayEdit(role), Boolean.toString(mayEdit));
    registrar = TestRegistrars.create(sandbox, settings, new RecordingAudit());
    String prefix = role.name().toLowerCase(Locale.ROOT) + "Contact";

    RoleContactPolicy policy = registrar.contactPolicy().forRole(role);
    assertThat(policy.isOverridden()).isEqualTo(override);
    assertThat(policy.override().map(Object::toString))
        .isEqualTo(override ? java.util.Optional.of(resellerContact) : java.util.Optional.empty());
    assertThat(policy.customerMayEdit()).isEqualTo(!override || mayEdit);
    for (ContactRole other : ContactRole.values()) {
      if (other != role) {
        assertThat(registrar.contactPolicy().forRole(other)).isEqualTo(RoleContactPolicy.OPEN);
      }
    }

    registrar.register(
        RegisterRequest.builder(DOMAIN, Period.ofYears(1), People.all(People.ana())).build());
    Map<String, String> created =
        TestRegistrars.calls(sandbox, "domain/create").get(0).parameters();
    if (override) {
      assertThat(created)
          .containsEntry(prefix + "ID", resellerContact)
          .doesNotContainKey(prefix + "FirstName");
      assertThat(registrar.getContacts(DOMAIN).get(role).orElseThrow().lastName())
          .isEqualTo("Reseller");
    } else {
      assertThat(created)
          .containsEntry(prefix + "FirstName", "Ana")
          .doesNotContainKey(prefix + "ID");
    }

    Contacts change = Contacts.only(role, RoleContact.of(People.oliver()));
    if (override && !mayEdit) {
      assertThatThrownBy(() -> registrar.setContacts(DOMAIN, change))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.errors())
                      .singleElement()
                      .satisfies(
                          error ->
                              assertThat(error.field())
                                  .isEqualTo("contacts." + role.name().toLowerCase(Locale.ROOT))));
      assertThat(TestRegistrars.calls(sandbox, "domain/updatecontacts")).isEmpty();
      assertThat(registrar.getContacts(DOMAIN).get(role).orElseThrow().lastName())
          .isEqualTo("Reseller");
    } else {
      registrar.setContacts(DOMAIN, change);
      List<ApiCall> updates = TestRegistrars.calls(sandbox, "domain/updatecontacts");
      assertThat(updates).singleElement();
      assertThat(updates.get(0).parameters())
          .containsEntry(prefix + "FirstName", "Oliver")
          .containsEntry(prefix + "Phone", "+44.2079460018");
      for (ContactRole other : ContactRole.values()) {
        if (other != role) {
          assertThat(updates.get(0).parameters().keySet())
              .noneMatch(key -> key.startsWith(other.name().toLowerCase(Locale.ROOT) + "Contact"));
        }
      }
      assertThat(registrar.getContacts(DOMAIN).get(role).orElseThrow().lastName())
          .isEqualTo("Smith");
    }
  }
}
