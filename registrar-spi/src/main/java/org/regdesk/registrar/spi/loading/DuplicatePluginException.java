package org.regdesk.registrar.spi.loading;

import java.util.List;

/**
 * Two plugins declare the same name. Refused outright: domains and settings are stored under the
 * name, so picking either one could send a domain's calls to the wrong code. Remove one of the jars
 * (typically an older version left in the plugin directory).
 */
public final class DuplicatePluginException extends IllegalStateException {

  /** The name declared twice. */
  private final String pluginName;

  /** Where the clashing plugins came from. */
  private final List<PluginSource> sources;

  /**
   * A duplicate.
   *
   * @param pluginName the name declared twice
   * @param sources where each declaration came from
   */
  public DuplicatePluginException(String pluginName, List<PluginSource> sources) {
    super(
        "Two registrar plugins are named '"
            + pluginName
            + "': "
            + sources.get(0)
            + " and "
            + sources.get(1)
            + ". Remove one of them.");
    this.pluginName = pluginName;
    this.sources = List.copyOf(sources);
  }

  /**
   * The name declared twice.
   *
   * @return the name
   */
  public String pluginName() {
    return pluginName;
  }

  /**
   * Where the clashing plugins came from.
   *
   * @return at least two sources
   */
  public List<PluginSource> sources() {
    return sources;
  }
}
