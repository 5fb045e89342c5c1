package org.regdesk.registrar.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.regdesk.registrar.spi.descriptor.ActionAudience;
import org.regdesk.registrar.spi.descriptor.Capabilities;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.FieldType;
import org.regdesk.registrar.spi.descriptor.PluginAction;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingType;
import org.regdesk.registrar.spi.descriptor.StandardAction;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.value.CustomerField;

/**
 * The descriptor's consistency beyond what the SPI checks when it is built (distinct keys, choices
 * with options, valid defaults, standard actions backed by a declared capability are refused at
 * build time, so a descriptor that exists has them): stable across calls, found by the service
 * loader, secrets typed secret, capabilities that depend on others declared with them, actions
 * offered only where they make sense, TLD field keys apart from customer field keys, and the
 * fixture's settings valid for the schema.
 */
abstract class DescriptorChecks extends TckGroup {

  /** Words in a label that mean the value is a secret. */
  private static final List<String> SECRET_LABEL_WORDS =
      List.of("password", "api key", "secret", "token", "auth code", "epp code", "authinfo");

  /** Standard actions about a domain that must already be registered. */
  private static final Set<StandardAction> ON_REGISTERED_DOMAINS =
      EnumSet.of(
          StandardAction.RENEW,
          StandardAction.SHOW_AUTH_CODE,
          StandardAction.SET_LOCK,
          StandardAction.SET_PRIVACY,
          StandardAction.SET_RENEWAL_MODE);

  /** Standard actions that bring a domain into the account. */
  private static final Set<StandardAction> ON_UNREGISTERED_DOMAINS =
      EnumSet.of(StandardAction.REGISTER, StandardAction.INITIATE_TRANSFER);

  DescriptorChecks(Supplier<TckSession> session) {
    super(session);
  }

  private RegistrarDescriptor descriptor() {
    return session().descriptor();
  }

  @Test
  void descriptor_is_the_same_on_every_call() {
    RegistrarProvider provider = session().provider();
    List<String> first = DescriptorFingerprint.of(provider.descriptor()).lines().toList();
    List<String> second = DescriptorFingerprint.of(provider.descriptor()).lines().toList();
    List<String> onlyFirst = new ArrayList<>(first);
    onlyFirst.removeAll(second);
    List<String> onlySecond = new ArrayList<>(second);
    onlySecond.removeAll(first);
    assertTrue(
        first.equals(second),
        () ->
            "descriptor() must describe the plugin the same way on every call; first call "
                + onlyFirst
                + ", second call "
                + onlySecond);
  }

  @Test
  void provider_is_found_by_the_service_loader() {
    Class<? extends RegistrarProvider> type = session().provider().getClass();
    assertTrue(
        Modifier.isPublic(type.getModifiers()), () -> type.getName() + " must be a public class");
    boolean listed =
        ServiceLoader.load(RegistrarProvider.class, type.getClassLoader()).stream()
            .anyMatch(found -> found.type().equals(type));
    assertTrue(
        listed,
        () ->
            type.getName()
                + " must be listed in META-INF/services/"
                + RegistrarProvider.class.getName()
                + " (and have a public no-argument constructor) so that the host can load it");
  }

  @Test
  void settings_fields_and_inputs_that_hold_secrets_are_typed_secret() {
    List<String> problems = new ArrayList<>();
    for (SettingDefinition setting : descriptor().settings().definitions()) {
      if (looksSecret(setting.key(), setting.label()) && setting.type() != SettingType.SECRET) {
        problems.add(
            "setting '" + setting.key() + "' (" + setting.label() + ") is " + setting.type());
      }
    }
    for (TldRequirements requirements : descriptor().tldRequirements().values()) {
      for (FieldDefinition field : requirements.domainFields()) {
        if (looksSecret(field.key(), field.label()) && field.type() != FieldType.SECRET) {
          problems.add(
              "."
                  + requirements.tld()
                  + " field '"
                  + field.key()
                  + "' ("
                  + field.label()
                  + ") is "
                  + field.type());
        }
      }
    }
    for (PluginAction action : descriptor().actions()) {
      for (FieldDefinition input : action.inputs()) {
        if (looksSecret(input.key(), input.label()) && input.type() != FieldType.SECRET) {
          problems.add(
              "action '" + action.id() + "' input '" + input.key() + "' is " + input.type());
        }
      }
    }
    assertTrue(
        problems.isEmpty(),
        () ->
            "values that look secret must be typed SECRET, so the host encrypts and masks them: "
                + problems);
  }

  @Test
  void capabilities_that_extend_others_are_declared_with_them() {
    Capabilities capabilities = descriptor().capabilities();
    List<String> problems = new ArrayList<>();
    // capability, then the capability it extends
    Capability[][] extending = {
      {Capability.PREMIUM_REGISTRATION, Capability.REGISTER},
      {Capability.TRANSFER_RESTART, Capability.TRANSFER}
    };
    for (Capability[] pair : extending) {
      if (capabilities.supports(pair[0]) && !capabilities.supports(pair[1])) {
        problems.add(pair[0] + " without " + pair[1]);
      }
    }
    assertTrue(problems.isEmpty(), () -> "capabilities declared without their base: " + problems);
  }

  @Test
  void actions_are_offered_only_on_domains_they_can_act_on() {
    List<String> problems = new ArrayList<>();
    for (PluginAction action : descriptor().actions()) {
      action
          .standardAction()
          .ifPresent(
              standard -> {
                if (ON_REGISTERED_DOMAINS.contains(standard)
                    && action.audiences().contains(ActionAudience.STAFF_UNREGISTERED)) {
                  problems.add(action.id() + " is offered on domains that are not registered");
                }
                if (ON_UNREGISTERED_DOMAINS.contains(standard)
                    && action.audiences().contains(ActionAudience.STAFF_REGISTERED)) {
                  problems.add(action.id() + " is offered on domains already registered");
                }
              });
    }
    assertTrue(problems.isEmpty(), () -> "misplaced actions: " + problems);
  }

  @Test
  void tld_field_keys_are_apart_from_customer_field_keys() {
    List<String> problems = new ArrayList<>();
    for (TldRequirements requirements : descriptor().tldRequirements().values()) {
      for (FieldDefinition field : requirements.domainFields()) {
        if (CustomerField.ofKey(field.key()).isPresent()) {
          problems.add("." + requirements.tld() + " field '" + field.key() + "'");
        }
      }
    }
    assertTrue(
        problems.isEmpty(),
        () ->
            "a TLD field keyed like a customer field makes field errors ambiguous (both are"
                + " reported under their key): "
                + problems);
  }

  @Test
  void fixture_settings_satisfy_the_schema_and_differ_in_their_credentials() {
    Map<String, String> good = fixture().settings();
    Map<String, String> bad = fixture().settingsWithBadCredentials();
    assertEquals(
        List.of(),
        descriptor().settings().validate(good),
        "the fixture's settings() must satisfy the settings schema");
    assertEquals(
        List.of(),
        descriptor().settings().validate(bad),
        "the fixture's settingsWithBadCredentials() must satisfy the settings schema");
    assertNotEquals(
        descriptor().settings().bind(good),
        descriptor().settings().bind(bad),
        "settingsWithBadCredentials() must differ from settings()");
  }

  private static boolean looksSecret(String key, String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    return SecretMasker.standard().isSensitiveKey(key)
        || SECRET_LABEL_WORDS.stream().anyMatch(lower::contains);
  }
}
