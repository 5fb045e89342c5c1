package org.regdesk.app.registrar;

import java.util.List;
import java.util.Optional;

/**
 * A plugin's settings as stored, in the order its schema declares them; what the settings screen
 * and {@code GET /api/v1/registrars/{name}/settings} show. Holds no secret value.
 *
 * @param plugin the plugin
 * @param saved the last save, or empty when the plugin is not configured
 * @param settings every setting of the schema
 */
public record ConfigurationView(
    RegistrarPlugin plugin, Optional<SavedConfiguration> saved, List<SettingState> settings) {

  /** Copies the list. */
  public ConfigurationView {
    settings = List.copyOf(settings);
  }

  /**
   * Whether the plugin is configured.
   *
   * @return true when its settings were saved
   */
  public boolean configured() {
    return saved.isPresent();
  }
}
