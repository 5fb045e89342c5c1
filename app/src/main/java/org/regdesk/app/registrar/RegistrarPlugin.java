package org.regdesk.app.registrar;

import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;

/**
 * A registrar plugin the desk loaded: its stable name, what it shows, where it came from, and its
 * descriptor (settings schema, actions, capabilities, per-TLD requirements).
 *
 * @param name the stable name, e.g. {@code dondominio}; stored with every domain and setting
 * @param displayName the name shown in menus, e.g. {@code DonDominio / MrDomain}
 * @param version the plugin's version
 * @param source where it was loaded from: {@code the application class path} or the jar's path
 * @param descriptor everything the plugin declares about itself
 */
public record RegistrarPlugin(
    String name,
    String displayName,
    String version,
    String source,
    RegistrarDescriptor descriptor) {

  /**
   * Whether the plugin came with the desk rather than from the plugin directory.
   *
   * @return true for a plugin on the application class path
   */
  public boolean builtIn() {
    return source.equals(InstalledPlugins.CLASS_PATH);
  }
}
