package org.regdesk.dondominio.client.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.regdesk.dondominio.client.testing.Generators.SEED;
import static org.regdesk.dondominio.client.testing.Generators.textOf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/** The smaller value types: each refuses bad input naming the field. */
class ValueTypesTest {
  private static final String DIGITS = "0123456789";

  private static void refused(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidRequestValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+34.912345678", "+1.5551234", "+351.1"})
  void phonesInTheApiForm(String text) {
    assertThat(PhoneNumber.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "34.912345678",
        "+34 912345678",
        "+34912345678",
        "+34.9123-45678",
        "+0.123",
        "+1234.5",
        "+34.",
        "+.123",
        "+34.12345678901234",
        ""
      })
  void phonesInOtherFormsAreRefused(String text) {
    refused(() -> PhoneNumber.of(text), "phone");
    refused(() -> PhoneNumber.parse(text, "ownerContactPhone"), "ownerContactPhone");
  }

  @Test
  void everyWellFormedPhoneRoundTrips() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(integers().between(1, 999), textOf(DIGITS, 1, 12))
        .checkAssert(
            (cc, number) -> {
              PhoneNumber phone = PhoneNumber.of(cc, number);
              assertThat(PhoneNumber.of(phone.value())).isEqualTo(phone);
              assertThat(phone.countryCallingCode()).isEqualTo(cc);
              assertThat(phone.nationalNumber()).isEqualTo(number);
            });
  }

  @Test
  void phonesWithSeparatorsOrLettersAreRefused() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(1, 12))
        .assuming(junk -> !junk.chars().allMatch(c -> c >= '0' && c <= '9'))
        .checkAssert(junk -> refused(() -> PhoneNumber.of("+34." + junk), "phone"));
  }

  @Test
  void contactIdsAreCaseInsensitiveAndHeldInUpperCase() {
    assertThat(ContactId.of("jxd-2355464").value()).isEqualTo("JXD-2355464");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ABC", "ABC-", "-123", "AB1-123", "ABC_123", "ABC-12A", "ÄBC-1"})
  void malformedContactIdsAreRefused(String text) {
    refused(() -> ContactId.of(text), "contactID");
    refused(() -> ContactRef.existing(text), "contactID");
  }

  @Test
  void contactIdsRoundTrip() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(
            textOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 6),
            integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (letters, number) -> {
              ContactId id = ContactId.of(letters + "-" + number);
              assertThat(ContactId.of(id.value().toLowerCase(java.util.Locale.ROOT))).isEqualTo(id);
            });
  }

  @Test
  void countriesAreIsoAlpha2() {
    assertThat(CountryCode.of("es").value()).isEqualTo("ES");
    refused(() -> CountryCode.of("UK"), "country");
    refused(() -> CountryCode.of("ESP"), "country");
    refused(() -> CountryCode.parse("", "ownerContactCountry"), "ownerContactCountry");
  }

  @Test
  void emailsNeedAnAtAndADottedDomain() {
    assertThat(EmailAddress.of("ana@example.org").value()).isEqualTo("ana@example.org");
    refused(() -> EmailAddress.of("ana.example.org"), "email");
    refused(() -> EmailAddress.of("ana@localhost"), "email");
    refused(() -> EmailAddress.of("ana @example.org"), "email");
    refused(() -> EmailAddress.of("a@b@example.org"), "email");
  }

  @Test
  void nameserversNeedTwoToSevenDistinctHosts() {
    refused(() -> Nameservers.hosts("ns1.example.net"), "nameservers");
    refused(() -> Nameservers.hosts("ns1.example.net", "NS1.example.net"), "nameservers");
    String[] eight = new String[8];
    for (int i = 0; i < 8; i++) {
      eight[i] = "ns" + i + ".example.net";
    }
    refused(() -> Nameservers.hosts(eight), "nameservers");
    refused(() -> Nameservers.hosts("ns1.example.net", "bad_host"), "nameservers");
    assertThat(Nameservers.hosts(java.util.Arrays.copyOf(eight, 7)).hosts()).hasSize(7);
    assertThat(Nameservers.parking().wireValue()).isEqualTo("parking");
    assertThat(Nameservers.keepCurrent().wireValue()).isEqualTo("keepns");
    assertThat(Nameservers.dondominioDefault().wireValue()).isEqualTo("default");
  }

  @Test
  void anyHostCountOutsideTwoToSevenIsRefused() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(integers().between(0, 12))
        .checkAssert(
            count -> {
              List<HostName> hosts =
                  java.util.stream.IntStream.range(0, count)
                      .mapToObj(i -> HostName.of("ns" + i + ".example.net"))
                      .toList();
              if (count >= 2 && count <= 7) {
                assertThat(Nameservers.hosts(hosts).wireValue().split(",")).hasSize(count);
              } else {
                refused(() -> Nameservers.hosts(hosts), "nameservers");
              }
            });
  }

  @Test
  void glueAddressesMustBeWellFormedAndPublic() {
    assertThat(Ipv4Address.of("198.51.100.10").isPublicUnicast()).isTrue();
    assertThat(Ipv4Address.of("10.1.2.3").isPublicUnicast()).isFalse();
    assertThat(Ipv4Address.of("172.20.0.1").isPublicUnicast()).isFalse();
    assertThat(Ipv4Address.of("127.0.0.1").isPublicUnicast()).isFalse();
    refused(() -> Ipv4Address.of("256.1.1.1"), "ipv4");
    refused(() -> Ipv4Address.of("01.1.1.1"), "ipv4");
    refused(() -> Ipv4Address.of("example.com"), "ipv4");
    assertThat(Ipv6Address.of("2001:DB8::1").value()).isEqualTo("2001:db8::1");
    assertThat(Ipv6Address.of("2001:db8::1").isPublicUnicast()).isTrue();
    assertThat(Ipv6Address.of("fd00::1").isPublicUnicast()).isFalse();
    assertThat(Ipv6Address.of("fe80::1").isPublicUnicast()).isFalse();
    assertThat(Ipv6Address.of("::1").isPublicUnicast()).isFalse();
    assertThat(Ipv6Address.of("::ffff:198.51.100.1").isPublicUnicast()).isFalse();
    refused(() -> Ipv6Address.of("example.com"), "ipv6");
    refused(() -> Ipv6Address.of("2001:db8::g"), "ipv6");
  }

  @Test
  void dnssecRecordsCheckRangesAndHex() {
    assertThat(new DnssecRecord(1, 8, 2, "abCD").digest()).isEqualTo("ABCD");
    refused(() -> new DnssecRecord(65536, 8, 2, "ab"), "keytag");
    refused(() -> new DnssecRecord(1, 256, 2, "ab"), "algorithm");
    refused(() -> new DnssecRecord(1, 8, -1, "ab"), "digesttype");
    refused(() -> new DnssecRecord(1, 8, 2, "abc"), "digest");
    refused(() -> new DnssecRecord(1, 8, 2, "zz"), "digest");
  }

  @Test
  void periodsAreOneToTenYears() {
    refused(() -> Period.ofYears(0), "period");
    refused(() -> Period.ofYears(11), "period");
  }

  @Test
  void authCodesNeverShowThemselves() {
    AuthCode code = AuthCode.of("s3cr3t");
    assertThat(code.toString()).doesNotContain("s3cr3t");
    assertThat(code.reveal()).isEqualTo("s3cr3t");
    assertThatThrownBy(() -> AuthCode.of("s3cr3t\u0000"))
        .isInstanceOf(InvalidRequestValueException.class)
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void organisationsNeedAnOrgNameAndSpanishOnesAnOrgType() {
    ContactData.Builder org =
        ContactData.builder()
            .type(ContactType.ORGANIZATION)
            .firstName("Luis")
            .lastName("Pérez")
            .identNumber("B1")
            .email("l@acme.example")
            .phone("+34.911111111")
            .address("Gran Vía 1")
            .postalCode("28013")
            .city("Madrid")
            .state("Madrid")
            .country("ES");
    refused(org::build, "OrgName");
    org.orgName("Acme S.L.");
    // contact/create takes no legal form; a domain role given inline needs it
    ContactData withoutOrgType = org.build();
    assertThat(withoutOrgType.orgType()).isEmpty();
    refused(() -> ContactRef.inline(withoutOrgType), "OrgType");
    assertThat(ContactRef.inline(org.country("FR").build())).isNotNull();
    org.country("ES");
    assertThat(ContactRef.inline(org.orgType("612").build())).isNotNull();
    assertThat(org.build().orgType()).contains("612");
    refused(() -> org.orgType("S.L.").build(), "OrgType");
    refused(() -> org.country("FR").orgType("612").firstName("\t").build(), "FirstName");
  }

  @Test
  void tldExtrasTakeOnlyTheirKindOfValue() {
    refused(
        () -> TldExtras.builder().text(TldExtraField.OWNER_DATE_OF_BIRTH, "1980-01-01"),
        "ownerDateOfBirth");
    refused(
        () -> TldExtras.builder().date(TldExtraField.FR_TRADEMARK, LocalDate.of(2020, 1, 1)),
        "frTradeMark");
    refused(() -> TldExtras.builder().text(TldExtraField.PRO_PROFESSION, " "), "proProfession");
    assertThat(
            TldExtras.builder()
                .flag(TldExtraField.JOBS_ADMIN_IS_ASSOC_MEMBER, true)
                .build()
                .wireValues())
        .containsEntry(TldExtraField.JOBS_ADMIN_IS_ASSOC_MEMBER, "1");
  }

  @Test
  void statusesKnowTheirWireValuesAndUnknownOnes() {
    assertThat(DomainStatus.fromWire("expired-renewgrace"))
        .isEqualTo(DomainStatus.EXPIRED_RENEW_GRACE);
    assertThat(DomainStatus.fromWire("EXPIRED-REDEMPTION").isExpired()).isTrue();
    assertThat(DomainStatus.fromWire("pending-something")).isEqualTo(DomainStatus.UNKNOWN);
    assertThat(DomainStatus.fromWire(null)).isEqualTo(DomainStatus.UNKNOWN);
    assertThat(RenewalMode.fromWire("letexpire")).isEqualTo(RenewalMode.LET_EXPIRE);
    assertThat(VerificationStatus.fromWire("notapplicable"))
        .isEqualTo(VerificationStatus.NOT_APPLICABLE);
    assertThat(ContactType.fromWire("company")).isEqualTo(ContactType.UNKNOWN);
  }

  @Test
  void selectorsFollowTheSdkRule() {
    assertThat(DomainSelector.parse("example.com")).isInstanceOf(DomainSelector.ByName.class);
    assertThat(DomainSelector.parse("4711001")).isEqualTo(DomainSelector.of(new DomainId(4711001)));
    refused(() -> DomainSelector.parse(".com"), "domainID");
    refused(() -> DomainSelector.parse("0"), "domainID");
  }

  @Test
  void currentExpiryDatesReadTheSameInBothForms() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(
            longs()
                .between(
                    LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay))
        .checkAssert(
            date -> {
              String compact = date.format(DateTimeFormatter.BASIC_ISO_DATE);
              String dashed = date.format(DateTimeFormatter.ISO_LOCAL_DATE);
              assertThat(DomainRenewRequest.parseCurrentExpiry(compact)).isEqualTo(date);
              assertThat(DomainRenewRequest.parseCurrentExpiry(dashed)).isEqualTo(date);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "20261301", "2026/03/01", "01-03-2026", "2026-3-1", ""})
  void impossibleOrMisformattedExpiryDatesAreRefused(String text) {
    refused(() -> DomainRenewRequest.parseCurrentExpiry(text), "curExpDate");
  }

  @Test
  void serverTimestampsReadKnownFormsAndKeepTheRest() {
    assertThat(new ServerTimestamp("2024-02-03 10:11:12").dateTime()).isPresent();
    assertThat(new ServerTimestamp("2024-02-03T10:11:12").dateTime()).isPresent();
    assertThat(new ServerTimestamp("2024-02-03").dateTime()).isPresent();
    assertThat(new ServerTimestamp("").dateTime()).isEqualTo(Optional.empty());
  }
}
