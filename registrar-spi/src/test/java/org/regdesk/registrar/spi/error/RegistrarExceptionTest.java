package org.regdesk.registrar.spi.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.descriptor.ValueRule;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Tld;

class RegistrarExceptionTest {

  private static final String API_KEY = "pA55-w0rd-7f3e9c";
  private static final AuthCode AUTH_CODE = AuthCode.of("EPP#code-991");

  /** One of each kind, built the way a plugin would, with secrets nearby. */
  private static List<RegistrarException> oneOfEach() {
    SecretMasker masker = SecretMasker.standard().withSecretValues(List.of(API_KEY));
    DomainName domain = DomainName.of("shop", "com");
    return List.of(
        InvalidInputException.of(
            new InvalidValueException(
                "ownerContactIdentNumber", "must be a valid NIF, NIE or CIF")),
        new RejectedException(
            "The auth code is not valid.",
            "domain/transfer refused with auth code " + AUTH_CODE + ": invalid authcode",
            "2012"),
        new UnavailableException(
            masker.scrub(
                "POST https://api.example/domain/check apipasswd=" + API_KEY + " timed out"),
            new IOException("connect timed out")),
        new OutcomeUnknownException(
            "domain/create for " + domain + " sent, connection reset before the reply", null),
        NotSupportedException.of(Capability.LOCK, Tld.of("es")),
        new AuthenticationFailedException(masker.scrub("login refused for key " + API_KEY), "1000"),
        new InsufficientFundsException("balance 3.00 EUR below charge 11.50 EUR", "1100"),
        NotFoundException.domain(domain, "2008"));
  }

  @Test
  void the_hierarchy_is_sealed_and_each_permitted_class_is_final() {
    assertThat(RegistrarException.class.isSealed()).isTrue();
    assertThat(Modifier.isAbstract(RegistrarException.class.getModifiers())).isTrue();
    Set<String> permitted =
        Arrays.stream(RegistrarException.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());
    assertThat(permitted)
        .containsExactlyInAnyOrder(
            "InvalidInputException",
            "RejectedException",
            "UnavailableException",
            "OutcomeUnknownException",
            "NotSupportedException",
            "AuthenticationFailedException",
            "InsufficientFundsException",
            "NotFoundException");
    for (Class<?> subclass : RegistrarException.class.getPermittedSubclasses()) {
      assertThat(Modifier.isFinal(subclass.getModifiers())).as(subclass.getSimpleName()).isTrue();
    }
  }

  @Test
  void every_kind_has_exactly_one_exception_class() {
    List<RegistrarException> all = oneOfEach();

    assertThat(all.stream().map(RegistrarException::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(RegistrarErrorKind.class));
    assertThat(all.stream().map(Object::getClass).distinct())
        .hasSize(RegistrarErrorKind.values().length);
  }

  @Test
  void no_message_contains_a_secret() {
    for (RegistrarException e : oneOfEach()) {
      for (String text : List.of(e.getMessage(), e.customerMessage(), e.toString())) {
        assertThat(text).as(e.kind().name()).doesNotContain(API_KEY, AUTH_CODE.value());
      }
    }
  }

  @Test
  void customer_messages_keep_registrar_internals_out() {
    for (RegistrarException e : oneOfEach()) {
      assertThat(e.customerMessage()).as(e.kind().name()).isNotBlank();
      if (e.kind() != RegistrarErrorKind.INVALID_INPUT) {
        assertThat(e.customerMessage())
            .as(e.kind().name())
            .doesNotContain("domain/", "balance", "2008", "1100", "login");
      }
    }
  }

  @Test
  void a_rejection_carries_the_customer_message_apart_from_the_staff_detail_and_code() {
    RejectedException e =
        new RejectedException(
            "The domain is already taken.", "domain/create: 2010 Domain taken", "2010");

    assertThat(e.customerMessage()).isEqualTo("The domain is already taken.");
    assertThat(e.getMessage()).isEqualTo("domain/create: 2010 Domain taken");
    assertThat(e.registrarCode()).contains("2010");
    assertThat(e)
        .hasToString(
            "RejectedException[REJECTED, registrar code 2010]: domain/create: 2010 Domain taken");
  }

  @Test
  void invalid_input_lists_its_field_errors_without_the_values() {
    SettingsSchema schema =
        SettingsSchema.of(
            SettingDefinition.secret("apiKey", "API Key")
                .rule(ValueRule.of("be 16 characters", v -> v.length() == 16))
                .build());

    InvalidInputException e =
        new InvalidInputException(schema.validate(Map.of("apiKey", API_KEY + "x")));

    assertThat(e.errors()).singleElement().hasToString("apiKey: must be 16 characters");
    assertThat(e.customerMessage()).isEqualTo("apiKey: must be 16 characters");
    assertThat(e.getMessage()).doesNotContain(API_KEY);
    assertThat(e.registrarCode()).isEmpty();
  }

  @Test
  void a_failure_without_a_description_is_a_plugin_bug() {
    assertThatThrownBy(() -> new UnavailableException(" ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("detail: a failure needs a description for staff");
    assertThatThrownBy(() -> new RejectedException("", "detail", null))
        .hasMessage("customerMessage: a refusal needs a customer message");
  }
}
