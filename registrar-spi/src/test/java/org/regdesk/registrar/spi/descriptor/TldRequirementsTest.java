package org.regdesk.registrar.spi.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Tld;
import org.regdesk.registrar.spi.value.TldFieldValues;

class TldRequirementsTest {

  private static final TldRequirements XXX =
      new TldRequirements(
          Tld.of("xxx"),
          List.of(
              FieldDefinition.choice(
                      "xxxClass",
                      "Class",
                      List.of(
                          ChoiceOption.of("default", "Default"),
                          ChoiceOption.of("membership", "Membership"),
                          ChoiceOption.of("nonResolver", "Non-resolving")))
                  .required()
                  .build(),
              FieldDefinition.text("xxxId", "Member ID").build()),
          Set.of());

  private static final TldRequirements RU =
      new TldRequirements(
          Tld.of("ru"),
          List.of(
              FieldDefinition.text("ruIssuer", "Issuer").required().build(),
              FieldDefinition.date("ruIssuerDate", "Issue Date").required().build()),
          Set.of(CustomerField.DATE_OF_BIRTH, CustomerField.IDENTITY_NUMBER));

  @Test
  void complete_answers_pass() {
    TldFieldValues values =
        new TldFieldValues(
            Map.of("ruIssuer", "UFMS Moscow", "ruIssuerDate", "2015-06-01"),
            Map.of(
                CustomerField.DATE_OF_BIRTH,
                "1980-02-29",
                CustomerField.IDENTITY_NUMBER,
                "4510 123456"));

    assertThat(RU.validate(values)).isEmpty();
  }

  @Test
  void missing_and_malformed_answers_are_reported_by_stable_key() {
    TldFieldValues values =
        new TldFieldValues(
            Map.of("ruIssuerDate", "01/06/2015"),
            Map.of(CustomerField.DATE_OF_BIRTH, "29.02.1980"));

    assertThat(RU.validate(values))
        .containsExactlyInAnyOrder(
            new FieldError("ruIssuer", "is required"),
            new FieldError("ruIssuerDate", "must be a date written YYYY-MM-DD"),
            new FieldError("dateOfBirth", "must be a date written YYYY-MM-DD"),
            new FieldError("identityNumber", "is required for .ru"));
  }

  @Test
  void an_unknown_choice_is_refused_and_optional_fields_may_stay_empty() {
    assertThat(XXX.validate(new TldFieldValues(Map.of("xxxClass", "membership"), Map.of())))
        .isEmpty();

    assertThatThrownBy(() -> XXX.check(new TldFieldValues(Map.of("xxxClass", "premium"), Map.of())))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("xxxClass: must be one of: default, membership, nonResolver");
  }

  @Test
  void answers_to_fields_the_tld_does_not_ask_for_are_ignored() {
    assertThat(
            TldRequirements.none(Tld.of("com"))
                .validate(new TldFieldValues(Map.of("x", "y"), Map.of())))
        .isEmpty();
  }

  @Test
  void field_keys_must_be_distinct_and_options_belong_to_choices_only() {
    assertThatThrownBy(
            () ->
                new TldRequirements(
                    Tld.of("aero"),
                    List.of(
                        FieldDefinition.text("aeroId", "Aero ID").build(),
                        FieldDefinition.text("aeroId", "Aero ID again").build()),
                    Set.of()))
        .hasMessage("domainFields: .aero declares the key 'aeroId' twice");
    assertThatThrownBy(
            () ->
                FieldDefinition.text("aeroId", "Aero ID")
                    .options(List.of(ChoiceOption.of("a", "A")))
                    .build())
        .hasMessage("field.options: only a choice has options");
  }

  @Test
  void free_text_may_span_lines_but_not_hold_other_control_characters() {
    FieldDefinition info = FieldDefinition.text("coreContactInfo", "Contact Info").build();

    assertThat(info.check("Bar Association\nMadrid")).isEmpty();
    assertThat(info.check("bad\u0000byte"))
        .contains(new FieldError("coreContactInfo", "must not contain control characters"));
  }
}
