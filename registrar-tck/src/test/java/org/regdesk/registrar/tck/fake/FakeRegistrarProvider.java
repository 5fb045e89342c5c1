package org.regdesk.registrar.tck.fake;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.descriptor.ActionAudience;
import org.regdesk.registrar.spi.descriptor.Capabilities;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.PluginAction;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.descriptor.StandardAction;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.descriptor.ValueRule;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.Tld;

/**
 * The fake plugin's entry point. The service loader finds it with its no-argument constructor (a
 * healthy plugin on an empty registry of its own); the fixture builds it around the registry a test
 * steers, with the capabilities and defects the test wants.
 */
public final class FakeRegistrarProvider implements RegistrarProvider {

  /** What the fake's TLDs ask for, shared with the fake registry, which checks it too. */
  static final Map<String, TldRequirements> REQUIREMENTS =
      Map.of(
          "aero",
          new TldRequirements(
              Tld.of("aero"),
              List.of(
                  FieldDefinition.text("aeroId", "Aero ID").required().build(),
                  FieldDefinition.secret("aeroPassword", "Aero password").required().build()),
              Set.of()),
          "fr",
          new TldRequirements(Tld.of("fr"), List.of(), Set.of(CustomerField.DATE_OF_BIRTH)),
          "xxx",
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
                  FieldDefinition.date("xxxMemberSince", "Member since").build()),
              Set.of()));

  private final FakeRegistry registry;
  private final Set<Capability> capabilities;
  private final Set<Defect> defects;
  private final AtomicInteger descriptorCalls = new AtomicInteger();

  /** A healthy fake with every capability, on an empty registry of its own. */
  public FakeRegistrarProvider() {
    this(
        new FakeRegistry(new MutableClock(Instant.parse("2026-03-01T10:00:00Z")), REQUIREMENTS),
        EnumSet.allOf(Capability.class),
        EnumSet.noneOf(Defect.class));
  }

  FakeRegistrarProvider(FakeRegistry registry, Set<Capability> capabilities, Set<Defect> defects) {
    this.registry = registry;
    this.capabilities = Set.copyOf(capabilities);
    this.defects = Set.copyOf(defects);
  }

  @Override
  public RegistrarDescriptor descriptor() {
    SettingDefinition apiKey =
        defects.contains(Defect.API_KEY_TYPED_TEXT)
            ? SettingDefinition.text("apiKey", "API Key").required().build()
            : SettingDefinition.secret("apiKey", "API Key").required().build();
    Capabilities declared = Capabilities.of(capabilities.toArray(Capability[]::new));
    if (capabilities.contains(Capability.LOCK)) {
      declared = declared.except(Tld.of("es"), Capability.LOCK);
    }
    RegistrarDescriptor.Builder builder =
        RegistrarDescriptor.builder("fake", "Fake Registrar", version())
            .settings(
                SettingsSchema.of(
                    SettingDefinition.text("apiUsername", "API Username")
                        .required()
                        .rule(
                            ValueRule.matching(
                                "[a-z0-9-]{3,32}", "be 3-32 lower-case letters, digits or dashes"))
                        .build(),
                    apiKey,
                    SettingDefinition.readOnlyText(
                            "help", "Where to find the key", "Ask the fake registry.")
                        .build()))
            .capabilities(declared);
    REQUIREMENTS.values().forEach(builder::requirements);
    offer(builder, StandardAction.REGISTER, ActionAudience.STAFF_UNREGISTERED);
    offer(builder, StandardAction.INITIATE_TRANSFER, ActionAudience.STAFF_UNREGISTERED);
    offer(builder, StandardAction.RENEW, ActionAudience.STAFF_REGISTERED);
    offer(
        builder, StandardAction.SET_LOCK, ActionAudience.STAFF_REGISTERED, ActionAudience.CUSTOMER);
    offer(builder, StandardAction.SHOW_AUTH_CODE, ActionAudience.STAFF_REGISTERED);
    offer(builder, StandardAction.SYNC, ActionAudience.STAFF_REGISTERED);
    return builder.build();
  }

  private String version() {
    return defects.contains(Defect.DESCRIPTOR_CHANGES_BETWEEN_CALLS)
        ? "1.0." + descriptorCalls.incrementAndGet()
        : "1.0.0";
  }

  /** Offers the action when a capability it needs is declared. */
  private void offer(
      RegistrarDescriptor.Builder builder, StandardAction action, ActionAudience... audiences) {
    if (action.requiresAnyOf().isEmpty()
        || action.requiresAnyOf().stream().anyMatch(capabilities::contains)) {
      builder.action(PluginAction.standard(action, audiences));
    }
  }

  @Override
  public Registrar create(RegistrarContext context) {
    return new FakeRegistrar(registry, context, descriptor(), defects);
  }
}
