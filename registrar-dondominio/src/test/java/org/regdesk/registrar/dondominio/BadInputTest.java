package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.ListCursor;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.operation.TransferRequest;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.Contact;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.GlueRecord;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RoleContact;
import org.regdesk.registrar.spi.value.SuffixList;
import org.regdesk.registrar.spi.value.TldFieldValues;

/**
 * Bad input is refused with a typed error naming the field, and nothing reaches DonDominio: the
 * sandbox's call journal and the audit both stay empty.
 */
class BadInputTest {

  @RegisterExtension static final SandboxExtension SANDBOX = new SandboxExtension();

  private final RecordingAudit audit = new RecordingAudit();
  private Sandbox sandbox;
  private Registrar registrar;

  @BeforeEach
  void start() {
    sandbox = SANDBOX.get();
    registrar = TestRegistrars.create(sandbox, audit);
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(sandbox.calls()).as("API calls the sandbox saw").isEmpty();
    assertThat(audit.calls()).as("audited calls").isEmpty();
    registrar.close();
  }

  private static RegisterRequest.Builder order(String tld, Contact contact) {
    return RegisterRequest.builder(
        DomainName.of("bad-input", tld), Period.ofYears(1), People.all(contact));
  }

  private static TldFieldValues answers(
      Map<String, String> domain, Map<CustomerField, String> customer) {
    return new TldFieldValues(domain, customer);
  }

  private static List<String> fields(InvalidInputException e) {
    return e.errors().stream().map(FieldError::field).toList();
  }

  private void refused(RegisterRequest request, String... fields) {
    assertThatThrownBy(() -> registrar.register(request))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder(fields));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-bad-.com", "a..com", "shop_name.com", "xn--.com", "com"})
  void invalid_names_are_refused_by_the_name_type_naming_the_field(String typed) {
    assertThatThrownBy(() -> DomainName.parse(typed, SuffixList.of("com")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsOnly("domain"));
  }

  @Test
  void a_tld_donDominio_does_not_sell_is_refused_without_a_call() throws Exception {
    refused(order("zz", People.ana()).build(), "domain");
    assertThatThrownBy(
            () ->
                registrar.transfer(
                    TransferRequest.builder(
                            DomainName.of("bad-input", "zz"),
                            AuthCode.of("x"),
                            People.all(People.ana()))
                        .build()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> registrar.checkTransferEligibility(DomainName.of("bad-input", "zz")))
        .isInstanceOf(InvalidInputException.class);
    assertThat(registrar.checkAvailability(List.of(DomainName.of("bad-input", "zz"))))
        .singleElement()
        .satisfies(r -> assertThat(r.availability()).isEqualTo(Availability.TLD_UNSUPPORTED));
  }

  @Test
  void missing_tld_fields_are_named_each() {
    refused(order("aero", People.ana()).build(), "aeroId", "aeroPassword");
    refused(order("fr", People.ana()).build(), "dateOfBirth");
    refused(order("it", People.ana()).build(), "dateOfBirth", "placeOfBirth");
    refused(
        order("ru", People.ana()).tldFields(answers(Map.of("ruIssuer", "MVD"), Map.of())).build(),
        "ruIssueDate",
        "dateOfBirth");
    refused(
        order("jobs", People.ana()).build(),
        "jobsOwnerWebsite",
        "jobsOwnerTitle",
        "jobsOwnerIndustryType");
    refused(order("cat", People.ana()).build(), "intendedUse");
    refused(order("travel", People.ana()).build(), "travelUin");
    refused(order("lawyer", People.ana()).build(), "contactInfo");
    refused(order("ltda", People.ana()).build(), "ltdaAuthority", "ltdaLicenseNumber");
    refused(order("pro", People.ana()).build(), "profession");
  }

  @Test
  void malformed_tld_fields_and_an_unknown_xxx_class_are_refused() {
    refused(
        order("xxx", People.ana())
            .tldFields(
                answers(Map.of("xxxClass", "premium", "xxxEmail", "not-an-address"), Map.of()))
            .build(),
        "xxxClass",
        "xxxEmail");
    refused(
        order("jobs", People.ana())
            .tldFields(
                answers(
                    Map.of(
                        "jobsOwnerWebsite", "no website",
                        "jobsOwnerTitle", "CEO",
                        "jobsOwnerIndustryType", "IT",
                        "jobsOwnerIsAssocMember", "maybe"),
                    Map.of()))
            .build(),
        "jobsOwnerWebsite",
        "jobsOwnerIsAssocMember");
    refused(
        order("fr", People.ana())
            .tldFields(
                answers(
                    Map.of("frSirenNumber", "12345"),
                    Map.of(CustomerField.DATE_OF_BIRTH, "1980-01-01")))
            .build(),
        "frSirenNumber");
  }

  @Test
  void bad_dates_are_refused() {
    refused(
        order("hk", People.ana())
            .tldFields(answers(Map.of(), Map.of(CustomerField.DATE_OF_BIRTH, "2023-02-30")))
            .build(),
        "dateOfBirth");
    refused(
        order("hk", People.ana())
            .tldFields(answers(Map.of(), Map.of(CustomerField.DATE_OF_BIRTH, "12/04/1985")))
            .build(),
        "dateOfBirth");
    refused(
        order("hk", People.ana())
            .tldFields(answers(Map.of(), Map.of(CustomerField.DATE_OF_BIRTH, "2999-01-01")))
            .build(),
        "dateOfBirth");
    refused(
        order("ru", People.ana())
            .tldFields(
                answers(
                    Map.of("ruIssuer", "MVD", "ruIssueDate", "1899-12-31"),
                    Map.of(CustomerField.DATE_OF_BIRTH, "1980-01-01")))
            .build(),
        "ruIssueDate");
  }

  @Test
  void an_impossible_phone_is_a_field_error_not_a_registrar_error() {
    Contact shortPhone =
        Contact.builder()
            .firstName("Ana")
            .lastName("García")
            .identityNumber("12345678Z")
            .email("ana@example.org")
            .phone("+34.12")
            .address("Calle Mayor 1", null)
            .city("Barcelona")
            .state("Barcelona")
            .postalCode("08001")
            .country("ES")
            .build();
    refused(
        order("com", shortPhone).build(),
        "contacts.owner.phone",
        "contacts.admin.phone",
        "contacts.tech.phone",
        "contacts.billing.phone");
  }

  @Test
  void spanish_identity_numbers_are_checked_for_es_domains() {
    Contact wrongLetter =
        Contact.builder()
            .firstName("Ana")
            .lastName("García")
            .identityNumber("12345678A")
            .email("ana@example.org")
            .phone("+34.600111222")
            .address("Calle Mayor 1", null)
            .city("Barcelona")
            .state("Barcelona")
            .postalCode("08001")
            .country("ES")
            .build();
    refused(
        order("es", wrongLetter).build(),
        "contacts.owner.identityNumber",
        "contacts.admin.identityNumber",
        "contacts.tech.identityNumber",
        "contacts.billing.identityNumber");
    Contact individualWithCif =
        Contact.builder()
            .firstName("Luis")
            .lastName("Sol")
            .identityNumber("B12345674")
            .email("luis@example.com")
            .phone("+34.931234567")
            .address("Carrer Gran 5", null)
            .city("Girona")
            .state("Girona")
            .postalCode("17001")
            .country("ES")
            .build();
    refused(
        RegisterRequest.builder(
                DomainName.of("bad-input", "com.es"),
                Period.ofYears(1),
                Contacts.of(
                    RoleContact.of(individualWithCif),
                    RoleContact.of(People.bakery()),
                    RoleContact.of(People.ana()),
                    RoleContact.of(People.ana())))
            .build(),
        "contacts.owner.type",
        "contacts.admin.type");
  }

  @Test
  void contact_data_donDominio_needs_is_required() {
    Contact bare =
        Contact.builder()
            .firstName("Ana")
            .lastName("García")
            .email("ana@example.org")
            .phone("+34.600111222")
            .address("Calle Mayor 1", null)
            .city("Barcelona")
            .country("ES")
            .build();
    RegisterRequest request =
        RegisterRequest.builder(
                DomainName.of("bad-input", "com"),
                Period.ofYears(1),
                Contacts.of(
                    RoleContact.of(bare),
                    RoleContact.of(People.ana()),
                    RoleContact.of(People.ana()),
                    RoleContact.of(People.ana())))
            .build();
    refused(
        request,
        "contacts.owner.identityNumber",
        "contacts.owner.address.postalCode",
        "contacts.owner.address.state");
  }

  @Test
  void one_or_eight_nameservers_never_make_a_request() {
    assertThatThrownBy(() -> Nameservers.of("ns1.example.net"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsOnly("nameservers"));
    assertThatThrownBy(
            () ->
                Nameservers.of(
                    "ns1.example.net",
                    "ns2.example.net",
                    "ns3.example.net",
                    "ns4.example.net",
                    "ns5.example.net",
                    "ns6.example.net",
                    "ns7.example.net",
                    "ns8.example.net"))
        .isInstanceOf(InvalidValueException.class);
    Map<String, String> settings = new HashMap<>(TestRegistrars.sandboxSettings(sandbox));
    settings.put(SettingKeys.DEFAULT_NAMESERVERS, "ns1.example.net");
    assertThat(new DonDominioRegistrarProvider().descriptor().settings().validate(settings))
        .extracting(FieldError::field)
        .containsExactly(SettingKeys.DEFAULT_NAMESERVERS);
  }

  @Test
  void private_and_ipv4_less_glue_records_are_refused() {
    DomainName domain = DomainName.of("bad-input", "com");
    assertThatThrownBy(() -> GlueRecord.of(domain, "ns1.bad-input.com", "192.168.1.10", null))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsOnly("ipv4"));
    assertThatThrownBy(() -> GlueRecord.of(domain, "ns1.bad-input.com", null, "fd00::1"))
        .isInstanceOf(InvalidValueException.class);
    GlueRecord ipv6Only = GlueRecord.of(domain, "ns1.bad-input.com", null, "2001:db8::53");
    assertThatThrownBy(() -> registrar.createGlueRecord(ipv6Only))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("ipv4"));
  }

  @Test
  void a_cursor_the_plugin_did_not_issue_is_refused() {
    assertThatThrownBy(
            () -> registrar.listDomains(DomainListRequest.after(ListCursor.of("page=2"), 10)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("cursor"));
  }

  @Test
  void an_owner_fixed_by_an_override_cannot_be_edited() {
    registrar.close();
    registrar =
        TestRegistrars.create(
            sandbox,
            Map.of(
                SettingKeys.override(org.regdesk.registrar.spi.value.ContactRole.OWNER), "ABC-1"),
            audit);
    assertThatThrownBy(
            () ->
                registrar.setContacts(
                    DomainName.of("bad-input", "com"),
                    Contacts.only(
                        org.regdesk.registrar.spi.value.ContactRole.OWNER,
                        RoleContact.of(People.ana()))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(fields(e)).containsExactly("contacts.owner"));
  }
}
