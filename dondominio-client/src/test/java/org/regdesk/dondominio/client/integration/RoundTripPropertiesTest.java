package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.regdesk.dondominio.client.testing.Generators.SEED;
import static org.regdesk.dondominio.client.testing.Generators.charOf;
import static org.regdesk.dondominio.client.testing.Generators.textOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.contact.ContactCreateRequest;
import org.regdesk.dondominio.client.contact.ContactGetInfoRequest;
import org.regdesk.dondominio.client.contact.ContactInfo;
import org.regdesk.dondominio.client.domain.DomainCheckRequest;
import org.regdesk.dondominio.client.domain.DomainCheckResponse.Availability;
import org.regdesk.dondominio.client.error.ContactException;
import org.regdesk.dondominio.client.error.DomainException;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.ContactType;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/**
 * Properties of the client and the sandbox together: whatever valid input the client builds, the
 * answer comes back readable and about the same thing; the only refusals are the documented ones.
 */
class RoundTripPropertiesTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().resetBeforeEach(false).build();

  private static final String LDH = "abcdefghijklmnopqrstuvwxyz0123456789";
  // letters both IDNA 2003 and IDNA 2008 encode alike (no ß, ς or joiners: see the README)
  private static final String SPANISH_AND_GERMAN = "abcdefghijklmnopqrstuvwxyzñáéíóúüçäö";
  private static final String NAME_LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZñÑáéíóúüçÇàèøØßłŁ '-";

  private final DonDominioClient client = clientFor(SANDBOX.get());

  private static Gen<String> labels() {
    return charOf(LDH)
        .zip(textOf(LDH + "-", 0, 15), charOf(LDH), (a, m, b) -> a + m + b)
        .mix(textOf(SPANISH_AND_GERMAN, 1, 15))
        .assuming(l -> !(l.length() >= 4 && l.startsWith("--", 2)));
  }

  private static Gen<String> soldZones() {
    return Generate.pick(List.of("com", "net", "org", "es", "com.es", "eu", "de", "info", "co.uk"));
  }

  @Test
  void aCheckAnswersForTheNameAskedOrRefusesItWithADomainError() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(labels(), soldZones())
        .checkAssert(
            (label, zone) -> {
              DomainName name = DomainName.of(label + "." + zone);
              try {
                Availability answer =
                    client.call(new DomainCheckRequest(name)).first().orElseThrow();
                assertThat(answer.name()).isEqualTo(name);
                assertThat(answer.tld()).isEqualTo(zone);
              } catch (DomainException.InvalidName e) {
                // a zone may refuse internationalised names; nothing else is a reason
                assertThat(name.unicode()).isNotEqualTo(name.ascii());
              }
            });
  }

  private static Gen<ContactData> contacts() {
    Gen<String> names = textOf(NAME_LETTERS, 1, 40).assuming(n -> !n.isBlank());
    Gen<String> phones =
        integers().between(1, 999).zip(textOf("0123456789", 1, 12), (cc, n) -> "+" + cc + "." + n);
    return names.zip(
        names,
        phones,
        textOf("abcdefghijklmnopqrstuvwxyz0123456789._", 1, 20)
            .assuming(l -> !l.startsWith(".") && !l.endsWith(".") && !l.contains("..")),
        (first, last, phone, local) ->
            ContactData.builder()
                .type(ContactType.INDIVIDUAL)
                .firstName(first.strip().isEmpty() ? "A" : first)
                .lastName(last.strip().isEmpty() ? "B" : last)
                .identNumber("ID-" + Math.abs(first.hashCode()))
                .email(local + "@example.org")
                .phone(phone)
                .address(first + "\r\n" + last)
                .postalCode("08001")
                .city("Barcelona")
                .state("Barcelona")
                .country("ES")
                .build());
  }

  @Test
  void aCreatedContactReadsBackAsSentOrIsRefusedAsContactData() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(contacts())
        .checkAssert(
            data -> {
              ContactInfo created;
              try {
                created = client.call(new ContactCreateRequest(data));
              } catch (ContactException.DataError e) {
                // the server may hold stricter rules than the client (e.g. phone lengths)
                assertThat(e.errorCode()).isEqualTo(3002);
                return;
              }
              ContactInfo read = client.call(new ContactGetInfoRequest(created.id().orElseThrow()));
              // the document leaves open whether surrounding blanks are kept
              assertThat(read.firstName()).isEqualTo(data.firstName().strip());
              assertThat(read.lastName()).isEqualTo(data.lastName().strip());
              assertThat(read.email()).isEqualTo(data.email().value());
              assertThat(read.phone()).isEqualTo(data.phone().value());
              assertThat(read.address().strip()).isEqualTo(data.address().strip());
            });
  }
}
