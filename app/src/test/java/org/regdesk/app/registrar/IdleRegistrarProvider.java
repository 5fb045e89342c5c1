package org.regdesk.app.registrar;

import java.util.List;
import java.util.Set;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.descriptor.Capabilities;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.value.Tld;

/**
 * A registrar plugin on the test class path that no test ever configures: what the desk does with a
 * plugin whose settings were never saved.
 */
public final class IdleRegistrarProvider implements RegistrarProvider {

  /** The plugin's name. */
  public static final String NAME = "idle";

  @Override
  public RegistrarDescriptor descriptor() {
    return RegistrarDescriptor.builder(NAME, "Idle Registrar", "1.0.0")
        .settings(SettingsSchema.of(SettingDefinition.text("login", "Login").required().build()))
        .capabilities(Capabilities.of(Capability.REGISTER, Capability.TLD_PRICES))
        .requirements(new TldRequirements(Tld.of("io"), List.of(), Set.of()))
        .build();
  }

  @Override
  public Registrar create(RegistrarContext context) {
    throw new UnsupportedOperationException("the idle plugin is never configured");
  }
}
