package org.regdesk.registrar.spi.loading;

import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;

/**
 * A plugin that loaded: its provider, its descriptor (read once at load time) and where it came
 * from.
 *
 * @param provider the provider
 * @param descriptor its descriptor
 * @param source where it was found
 */
public record LoadedPlugin(
    RegistrarProvider provider, RegistrarDescriptor descriptor, PluginSource source) {

  /**
   * The plugin's stable name.
   *
   * @return {@code descriptor().name()}
   */
  public String name() {
    return descriptor.name();
  }
}
