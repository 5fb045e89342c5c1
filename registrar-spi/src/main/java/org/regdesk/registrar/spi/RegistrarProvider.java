package org.regdesk.registrar.spi;

import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.error.InvalidInputException;

/**
 * The entry point of a registrar plugin, found with {@link java.util.ServiceLoader}.
 *
 * <p>A plugin ships one implementation with a public no-argument constructor, listed in {@code
 * META-INF/services/org.regdesk.registrar.spi.RegistrarProvider}, in a jar that the host finds on
 * its class path or in its {@code plugins/registrars/} directory (see {@link
 * org.regdesk.registrar.spi.loading.RegistrarPlugins}). The provider itself holds no state: the
 * host asks it for the {@link #descriptor()} to build the settings form, then {@link #create
 * creates} a {@link Registrar} from saved settings, again whenever the settings change.
 */
public interface RegistrarProvider {

  /**
   * Describes the plugin: its name, settings, actions, capabilities and TLD requirements. Must
   * return an equal descriptor on every call and must not need settings or network access.
   *
   * @return the descriptor
   */
  RegistrarDescriptor descriptor();

  /**
   * Creates a registrar for one set of settings. Does no network I/O (the host calls {@link
   * Registrar#testConnection()} for that).
   *
   * @param context the settings (already valid against the schema), clock, audit sink and logger
   * @return a ready registrar
   * @throws InvalidInputException if the settings are inconsistent in a way the schema cannot
   *     express (e.g. "custom URL" chosen without a URL), naming the setting keys
   */
  Registrar create(RegistrarContext context) throws InvalidInputException;
}
