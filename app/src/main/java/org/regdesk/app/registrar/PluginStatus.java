package org.regdesk.app.registrar;

import java.util.Optional;

/**
 * A loaded plugin and whether its settings were saved.
 *
 * @param plugin the plugin
 * @param saved the last save, or empty when the plugin is not configured
 */
public record PluginStatus(RegistrarPlugin plugin, Optional<SavedConfiguration> saved) {

  /**
   * Whether the plugin is configured.
   *
   * @return true when its settings were saved
   */
  public boolean configured() {
    return saved.isPresent();
  }
}
