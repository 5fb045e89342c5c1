package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.FieldType;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.DomainListRequest;
import org.regdesk.registrar.spi.operation.ListCursor;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RoleContact;
import org.regdesk.registrar.spi.value.TldFieldValues;

/**
 * {@code InvalidInputException}: input that breaks a rule the plugin declared is refused with the
 * field named, before any request reaches the registrar. The rules come from the plugin's own
 * descriptor: every TLD with required fields, every date and choice field.
 */
abstract class InvalidInputChecks extends TckGroup {

  InvalidInputChecks(Supplier<TckSession> session) {
    super(session);
  }

  /** The TLDs the plugin registers that ask for something, in name order. */
  private List<TldRequirements> registrableRequirements() {
    session().require(Capability.REGISTER);
    return session().descriptor().tldRequirements().values().stream()
        .filter(r -> !r.isEmpty())
        .filter(r -> session().capabilities().supports(Capability.REGISTER, r.tld()))
        .sorted((a, b) -> a.tld().compareTo(b.tld()))
        .toList();
  }

  /** A fresh label under the TLD, so that a wrongly accepted registration spoils no later step. */
  private DomainName freshNameUnder(TldRequirements requirements) {
    return DomainName.of(fixture().freshAvailableName().label(), requirements.tld());
  }

  /** Registers the name with these answers, expecting a refusal before any call. */
  private Optional<String> refusalProblem(
      DomainName name, TldFieldValues answers, Set<String> mustName) {
    long before = fixture().callsReached();
    InvalidInputException refused;
    try {
      registrar()
          .register(session().registration(name, Period.ofYears(1)).tldFields(answers).build());
      return Optional.of(name + ": registered although " + mustName + " are wrong or missing");
    } catch (InvalidInputException e) {
      refused = e;
    } catch (RegistrarException e) {
      return Optional.of(name + ": refused as " + e.kind() + " instead of INVALID_INPUT: " + e);
    }
    long calls = fixture().callsReached() - before;
    Set<String> named =
        refused.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    if (!named.containsAll(mustName)) {
      return Optional.of(name + ": the refusal names " + named + ", not all of " + mustName);
    }
    if (calls != 0) {
      return Optional.of(name + ": " + calls + " call(s) reached the registrar before the refusal");
    }
    return Optional.empty();
  }

  @Test
  void missing_tld_fields_are_refused_naming_each_field_before_any_call() {
    List<String> problems = new ArrayList<>();
    int tried = 0;
    for (TldRequirements requirements : registrableRequirements()) {
      DomainName name = freshNameUnder(requirements);
      Set<String> missing = requiredKeys(requirements);
      if (ownerIdentity(name).isPresent()) {
        // The owner contact carries one; a plugin may take it from there.
        missing.remove(CustomerField.IDENTITY_NUMBER.key());
      }
      if (missing.isEmpty()) {
        continue;
      }
      tried++;
      refusalProblem(name, TldFieldValues.NONE, missing).ifPresent(problems::add);
    }
    Assumptions.assumeTrue(tried > 0, "no TLD of the plugin has required fields");
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void malformed_dates_and_choices_are_refused_naming_the_field_before_any_call() {
    List<String> problems = new ArrayList<>();
    int tried = 0;
    for (TldRequirements requirements : registrableRequirements()) {
      Optional<Map<String, String>> valid = validAnswers(requirements);
      if (valid.isEmpty()) {
        continue; // a coded rule we cannot satisfy: no well-formed base to break one field of
      }
      for (FieldDefinition field : requirements.domainFields()) {
        Optional<String> broken = malformed(field);
        if (broken.isEmpty()) {
          continue;
        }
        Map<String, String> answers = new HashMap<>(valid.get());
        answers.put(field.key(), broken.get());
        DomainName name = freshNameUnder(requirements);
        TldFieldValues values = new TldFieldValues(answers, customerAnswers(requirements, name));
        tried++;
        refusalProblem(name, values, Set.of(field.key())).ifPresent(problems::add);
      }
    }
    Assumptions.assumeTrue(tried > 0, "no TLD of the plugin has a date or choice field");
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void cursor_the_plugin_never_issued_is_refused_before_any_call() throws Throwable {
    session().require(Capability.LIST_DOMAINS);
    ListCursor foreign = ListCursor.of("not issued by this plugin §");
    TckAssertions.assertNoCallsDuring(
        session(),
        "listDomains() with a cursor the plugin never issued",
        () ->
            TckAssertions.expect(
                InvalidInputException.class,
                "listDomains() with a cursor the plugin never issued",
                () -> registrar().listDomains(DomainListRequest.after(foreign, 10))));
  }

  /** The identity number of the owner the fixture gives for the name, if any. */
  private Optional<String> ownerIdentity(DomainName name) {
    return fixture()
        .contactsFor(name)
        .get(ContactRole.OWNER)
        .filter(RoleContact.Details.class::isInstance)
        .flatMap(owner -> ((RoleContact.Details) owner).contact().identityNumber());
  }

  private static Set<String> requiredKeys(TldRequirements requirements) {
    Set<String> keys = new TreeSet<>();
    requirements.domainFields().stream()
        .filter(FieldDefinition::required)
        .forEach(field -> keys.add(field.key()));
    requirements.customerFields().forEach(field -> keys.add(field.key()));
    return keys;
  }

  /** Well-formed answers to every field, if each can be produced without knowing a coded rule. */
  private static Optional<Map<String, String>> validAnswers(TldRequirements requirements) {
    Map<String, String> answers = new HashMap<>();
    for (FieldDefinition field : requirements.domainFields()) {
      String value =
          switch (field.type()) {
            case TEXT -> "Regdesk TCK";
            case SECRET -> "tck-field-secret";
            case DATE -> "1980-05-17";
            case YES_NO -> "true";
            case CHOICE -> field.options().get(0).value();
          };
      if (field.check(value).isPresent()) {
        if (field.required()) {
          return Optional.empty();
        }
        continue;
      }
      answers.put(field.key(), value);
    }
    return Optional.of(answers);
  }

  /**
   * Answers to the customer fields: the owner's identity number from the fixture's contacts, so
   * that only the field broken on purpose is wrong.
   */
  private Map<CustomerField, String> customerAnswers(
      TldRequirements requirements, DomainName name) {
    Optional<String> identity = ownerIdentity(name);
    Map<CustomerField, String> answers = new HashMap<>();
    for (CustomerField field : requirements.customerFields()) {
      answers.put(
          field,
          field == CustomerField.DATE_OF_BIRTH
              ? "1980-05-17"
              : identity.orElse("Regdesk TCK 12345678"));
    }
    return answers;
  }

  private static Optional<String> malformed(FieldDefinition field) {
    if (field.type() == FieldType.DATE) {
      return Optional.of("17/05/1980");
    }
    if (field.type() == FieldType.CHOICE) {
      return Optional.of("tck-not-an-option");
    }
    return Optional.empty();
  }
}
