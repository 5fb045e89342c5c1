package org.regdesk.registrar.spi.descriptor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Tld;

/**
 * Everything the host needs to know about a plugin before it is configured: who it is, which
 * settings it takes, which actions it offers to whom, what it can do (per TLD where that differs)
 * and what each TLD asks for on top of the usual contact data.
 *
 * <p>Built with {@link #builder}. The descriptor is checked as a whole: action ids are distinct,
 * every standard action is backed by a declared capability, and requirements are filed under their
 * own TLD.
 *
 * @param name the stable id, lower case, e.g. {@code dondominio}; stored with every domain and
 *     setting, so it never changes between versions
 * @param displayName the name shown in menus, e.g. {@code DonDominio / MrDomain}
 * @param version the plugin's version, e.g. {@code 1.4.0}
 * @param settings the settings schema
 * @param actions the Plugin actions, ids distinct
 * @param capabilities what the plugin can do
 * @param tldRequirements extra requirements by TLD; TLDs not listed need nothing extra
 */
public record RegistrarDescriptor(
    String name,
    String displayName,
    String version,
    SettingsSchema settings,
    List<PluginAction> actions,
    Capabilities capabilities,
    Map<Tld, TldRequirements> tldRequirements) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  /**
   * Checks the whole descriptor.
   *
   * @param name the stable id, lower case, e.g. {@code dondominio}; stored with every domain and
   *     setting, so it never changes between versions
   * @param displayName the name shown in menus, e.g. {@code DonDominio / MrDomain}
   * @param version the plugin's version, e.g. {@code 1.4.0}
   * @param settings the settings schema
   * @param actions the Plugin actions, ids distinct
   * @param capabilities what the plugin can do
   * @param tldRequirements extra requirements by TLD; TLDs not listed need nothing extra
   */
  public RegistrarDescriptor {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidValueException(
          "name",
          "must be 1-32 characters: a lower-case letter, then lower-case letters, digits or '-'");
    }
    displayName = Require.line("displayName", displayName, 64);
    version = Require.line("version", version, 32);
    Require.present("settings", settings);
    actions = Require.listOf("actions", actions);
    Require.present("capabilities", capabilities);
    tldRequirements = Require.mapOf("tldRequirements", tldRequirements);
    Set<String> ids = new HashSet<>();
    for (PluginAction action : actions) {
      if (!ids.add(action.id())) {
        throw new InvalidValueException("actions", "the id '" + action.id() + "' is used twice");
      }
      Optional<StandardAction> standard = action.standardAction();
      if (standard.isPresent()
          && !standard.get().requiresAnyOf().isEmpty()
          && standard.get().requiresAnyOf().stream().noneMatch(capabilities::supports)) {
        throw new InvalidValueException(
            "actions",
            "'"
                + action.id()
                + "' needs one of the capabilities "
                + standard.get().requiresAnyOf()
                + ", which the plugin does not declare");
      }
    }
    for (Map.Entry<Tld, TldRequirements> entry : tldRequirements.entrySet()) {
      if (!entry.getKey().equals(entry.getValue().tld())) {
        throw new InvalidValueException(
            "tldRequirements",
            "requirements for ." + entry.getValue().tld() + " are filed under ." + entry.getKey());
      }
    }
  }

  /**
   * Starts a descriptor.
   *
   * @param name the stable id
   * @param displayName the display name
   * @param version the version
   * @return a builder with no settings, actions, capabilities or requirements
   */
  public static Builder builder(String name, String displayName, String version) {
    return new Builder(name, displayName, version);
  }

  /**
   * The actions offered to an audience, in declaration order.
   *
   * @param audience the audience
   * @return the actions
   */
  public List<PluginAction> actionsFor(ActionAudience audience) {
    return actions.stream().filter(a -> a.audiences().contains(audience)).toList();
  }

  /**
   * The action with this id.
   *
   * @param id the id
   * @return the action, or empty if the plugin does not offer it
   */
  public Optional<PluginAction> action(String id) {
    return actions.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * What a TLD asks for beyond the usual contact data.
   *
   * @param tld the TLD
   * @return its requirements; {@link TldRequirements#none} if it needs nothing extra
   */
  public TldRequirements requirementsFor(Tld tld) {
    return tldRequirements.getOrDefault(tld, TldRequirements.none(tld));
  }

  /** Collects the parts of a {@link RegistrarDescriptor}. */
  public static final class Builder {
    private final String name;
    private final String displayName;
    private final String version;
    private SettingsSchema settings = SettingsSchema.EMPTY;
    private final List<PluginAction> actions = new ArrayList<>();
    private Capabilities capabilities = Capabilities.of();
    private final Map<Tld, TldRequirements> requirements = new HashMap<>();

    private Builder(String name, String displayName, String version) {
      this.name = name;
      this.displayName = displayName;
      this.version = version;
    }

    /**
     * Sets the settings schema.
     *
     * @param settings the schema
     * @return this builder
     */
    public Builder settings(SettingsSchema settings) {
      this.settings = settings;
      return this;
    }

    /**
     * Adds a Plugin action.
     *
     * @param action the action
     * @return this builder
     */
    public Builder action(PluginAction action) {
      this.actions.add(action);
      return this;
    }

    /**
     * Sets the capabilities.
     *
     * @param capabilities the capabilities
     * @return this builder
     */
    public Builder capabilities(Capabilities capabilities) {
      this.capabilities = capabilities;
      return this;
    }

    /**
     * Adds the requirements of one TLD.
     *
     * @param requirements the requirements
     * @return this builder
     * @throws InvalidValueException if the TLD already has requirements
     */
    public Builder requirements(TldRequirements requirements) {
      if (requirements.tld() != null && this.requirements.containsKey(requirements.tld())) {
        throw new InvalidValueException(
            "tldRequirements", "." + requirements.tld() + " is declared twice");
      }
      this.requirements.put(requirements.tld(), requirements);
      return this;
    }

    /**
     * Builds and checks the descriptor.
     *
     * @return the descriptor
     * @throws InvalidValueException naming the part that is inconsistent
     */
    public RegistrarDescriptor build() {
      return new RegistrarDescriptor(
          name, displayName, version, settings, actions, capabilities, requirements);
    }
  }
}
