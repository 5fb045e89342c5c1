package org.regdesk.dondominio.client.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.regdesk.dondominio.client.testing.Generators.SEED;
import static org.regdesk.dondominio.client.testing.Generators.textOf;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regdesk.dondominio.client.RetryPolicy;
import org.regdesk.dondominio.client.domain.DomainGlueRecordCreateRequest;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.value.ContactData;
import org.regdesk.dondominio.client.value.ContactId;
import org.regdesk.dondominio.client.value.ContactType;
import org.regdesk.dondominio.client.value.CountryCode;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.EmailAddress;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;
import org.regdesk.dondominio.client.value.Period;
import org.regdesk.dondominio.client.value.PhoneNumber;

/**
 * A refused request value is often personal data (a customer's phone, e-mail, name as a domain) and
 * error messages end up in logs and audit rows: the message names the field and the rule, never the
 * value.
 */
class RejectedValuesStayOutOfMessagesTest {

  private static void refusedWithoutEcho(String field, String value, Consumer<String> build) {
    assertThatThrownBy(() -> build.accept(value))
        .isInstanceOfSatisfying(
            InvalidRequestValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).startsWith(field + ": ").doesNotContain(value);
            });
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "phone        | +34 600 111 222",
        "phone        | +34.6001112223334445",
        "email        | ana.garcia(at)example.org",
        "country      | Spain",
        "contact      | ana-garcia-99",
        "ipv4         | 192.168.1.300",
        "ipv6         | fe80::ana:garcia",
        "domain       | ana garcia.com",
        "domain       | anagarcia.c0m",
        "host         | -ns1.anagarcia.example",
        "curExpDate   | 31/12/2026",
        "curExpDate   | 2026-02-31",
      })
  void a_refused_value_is_not_repeated_in_the_message(String kind, String value) {
    switch (kind) {
      case "phone" -> refusedWithoutEcho("Phone", value, v -> PhoneNumber.parse(v, "Phone"));
      case "email" -> refusedWithoutEcho("Email", value, v -> EmailAddress.parse(v, "Email"));
      case "country" -> refusedWithoutEcho("Country", value, v -> CountryCode.parse(v, "Country"));
      case "contact" ->
          refusedWithoutEcho("ownerContactID", value, v -> ContactId.parse(v, "ownerContactID"));
      case "ipv4" -> refusedWithoutEcho("ipv4", value, v -> Ipv4Address.parse(v, "ipv4"));
      case "ipv6" -> refusedWithoutEcho("ipv6", value, v -> Ipv6Address.parse(v, "ipv6"));
      case "domain" -> refusedWithoutEcho("domain", value, v -> DomainName.parse(v, "domain"));
      case "host" -> refusedWithoutEcho("name", value, v -> HostName.parse(v, "name"));
      case "curExpDate" ->
          refusedWithoutEcho("curExpDate", value, DomainRenewRequest::parseCurrentExpiry);
      default -> throw new IllegalArgumentException(kind);
    }
  }

  @Test
  void a_refused_spanish_legal_form_is_not_repeated() {
    refusedWithoutEcho(
        "OrgType",
        "Sociedad Limitada",
        v ->
            ContactData.builder()
                .type(ContactType.ORGANIZATION)
                .firstName("Ana")
                .lastName("García")
                .orgName("Panadería Sol")
                .orgType(v)
                .identNumber("B12345674")
                .email("ana@example.org")
                .phone("+34.600111222")
                .address("Calle Mayor 1")
                .postalCode("08001")
                .city("Barcelona")
                .state("Barcelona")
                .country("ES")
                .build());
  }

  @Test
  void a_private_glue_address_is_not_repeated() {
    refusedWithoutEcho(
        "ipv4",
        "10.20.30.40",
        v ->
            new DomainGlueRecordCreateRequest(
                DomainSelector.of(DomainName.of("anagarcia.com")),
                HostName.of("ns1.anagarcia.com"),
                Ipv4Address.of(v),
                Optional.empty()));
    refusedWithoutEcho(
        "ipv6",
        "fd12:3456:789a::1",
        v ->
            new DomainGlueRecordCreateRequest(
                DomainSelector.of(DomainName.of("anagarcia.com")),
                HostName.of("ns1.anagarcia.com"),
                Ipv4Address.of("203.0.113.7"),
                Optional.of(Ipv6Address.of(v))));
  }

  @Test
  void numbers_out_of_range_are_not_repeated_either() {
    refusedWithoutEcho("maxAttempts", "77", v -> new RetryPolicy(Integer.parseInt(v), null, null));
    refusedWithoutEcho("period", "97", v -> Period.ofYears(Integer.parseInt(v)));
  }

  /** Whatever text a customer typed, a refusal never carries it into the message. */
  @Test
  void no_refused_phone_e_mail_or_name_is_ever_repeated() {
    String marker = "Qx7";
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(textOf("abcXYZ019 .@+-_()", 0, 20), textOf("abcXYZ019 .@+-_()", 0, 20))
        .checkAssert(
            (before, after) -> {
              String typed = before + marker + after;
              for (Consumer<String> parse :
                  List.<Consumer<String>>of(
                      v -> PhoneNumber.parse(v, "Phone"),
                      v -> EmailAddress.parse(v, "Email"),
                      v -> CountryCode.parse(v, "Country"),
                      v -> ContactId.parse(v, "ownerContactID"),
                      v -> DomainName.parse(v, "domain"),
                      v -> Ipv4Address.parse(v, "ipv4"),
                      v -> Ipv6Address.parse(v, "ipv6"))) {
                try {
                  parse.accept(typed);
                } catch (InvalidRequestValueException e) {
                  assertThat(e.getMessage()).doesNotContain(marker);
                }
              }
            });
  }
}
