package org.regdesk.registrar.dondominio.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.registrar.spi.descriptor.RegistrarSettings;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.operation.ContactPolicy;
import org.regdesk.registrar.spi.operation.RoleContactPolicy;
import org.regdesk.registrar.spi.value.ContactHandle;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.RenewalMode;

/**
 * The plugin's settings, read and cross-checked once when a registrar is created. {@link
 * #toString()} never shows the API key.
 *
 * @param apiUsername the API user name
 * @param apiKey the API key
 * @param environment which API
 * @param endpoint the API's base URL for that environment
 * @param contactPolicy per role, the override contact and whether customers may edit it
 * @param defaultNameservers the name servers for new domains whose order names none; empty for
 *     DonDominio's parking
 * @param newDomainRenewalMode the renewal mode set right after a registration or transfer
 * @param allowPremium whether premium names may be registered at all
 */
public record PluginSettings(
    String apiUsername,
    String apiKey,
    ApiEnvironment environment,
    URI endpoint,
    ContactPolicy contactPolicy,
    Optional<Nameservers> defaultNameservers,
    RenewalMode newDomainRenewalMode,
    boolean allowPremium) {

  /**
   * Reads bound settings (already valid against the schema) and checks what the schema cannot: the
   * URL the environment needs, and the default name server list.
   *
   * @param settings the bound settings
   * @return the plugin settings
   * @throws InvalidInputException naming every setting key at fault
   */
  public static PluginSettings from(RegistrarSettings settings) throws InvalidInputException {
    List<FieldError> errors = new ArrayList<>();
    ApiEnvironment environment =
        ApiEnvironment.ofSetting(settings.require(SettingKeys.ENVIRONMENT))
            .orElse(ApiEnvironment.SANDBOX);
    URI endpoint = endpoint(environment, settings, errors);
    Map<ContactRole, RoleContactPolicy> roles = new EnumMap<>(ContactRole.class);
    for (ContactRole role : ContactRole.values()) {
      Optional<ContactHandle> override = Optional.empty();
      Optional<String> id = settings.value(SettingKeys.override(role));
      if (id.isPresent()) {
        try {
          override = Optional.of(ContactHandle.of(id.get().toUpperCase(java.util.Locale.ROOT)));
        } catch (InvalidValueException e) {
          errors.add(new FieldError(SettingKeys.override(role), "must be a contact ID"));
        }
      }
      // The switch is about the override: with no override the contact is the customer's own.
      boolean mayEdit = override.isEmpty() || settings.yesNo(SettingKeys.customerMayEdit(role));
      roles.put(role, new RoleContactPolicy(override, mayEdit));
    }
    Optional<Nameservers> nameservers = Optional.empty();
    Optional<String> nameserverText = settings.value(SettingKeys.DEFAULT_NAMESERVERS);
    if (nameserverText.isPresent()) {
      try {
        nameservers = Optional.of(parseNameservers(nameserverText.get()));
      } catch (InvalidValueException e) {
        for (FieldError error : e.errors()) {
          errors.add(new FieldError(SettingKeys.DEFAULT_NAMESERVERS, error.message()));
        }
      }
    }
    RenewalMode renewalMode =
        RenewalMode.valueOf(settings.require(SettingKeys.NEW_DOMAIN_RENEWAL_MODE));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new PluginSettings(
        settings.require(SettingKeys.API_USERNAME),
        settings.require(SettingKeys.API_KEY),
        environment,
        endpoint,
        new ContactPolicy(roles),
        nameservers,
        renewalMode,
        settings.yesNo(SettingKeys.ALLOW_PREMIUM));
  }

  /**
   * Parses a name server list as typed in the settings: host names separated by commas, spaces or
   * line breaks.
   *
   * @param text the list
   * @return the name servers, 2 to 7
   * @throws InvalidValueException if a host is malformed or the count is wrong
   */
  public static Nameservers parseNameservers(String text) {
    String[] hosts =
        Arrays.stream(text.strip().split("[,;\\s]+"))
            .filter(host -> !host.isBlank())
            .toArray(String[]::new);
    return Nameservers.of(hosts);
  }

  private static URI endpoint(
      ApiEnvironment environment, RegistrarSettings settings, List<FieldError> errors) {
    String key;
    String url;
    switch (environment) {
      case PRODUCTION:
        return URI.create(ApiEnvironment.PRODUCTION_URL);
      case CUSTOM:
        key = SettingKeys.CUSTOM_URL;
        Optional<String> custom = settings.value(key);
        if (custom.isEmpty()) {
          errors.add(new FieldError(key, "is required when the environment is custom"));
          return URI.create(ApiEnvironment.PRODUCTION_URL);
        }
        url = custom.get();
        break;
      case SANDBOX:
      default:
        key = SettingKeys.SANDBOX_URL;
        url = settings.value(key).orElse(ApiEnvironment.DEFAULT_SANDBOX_URL);
        break;
    }
    try {
      // The client's own rule: https, or plain http only to this machine (a local sandbox).
      DonDominioClient.builder().endpoint(url);
      return URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(key, "must be an https URL, or http to this machine"));
      return URI.create(ApiEnvironment.PRODUCTION_URL);
    }
  }

  /** Returns the settings with the API key masked. */
  @Override
  public String toString() {
    return "PluginSettings[apiUsername="
        + apiUsername
        + ", apiKey=****, environment="
        + environment.settingValue()
        + ", endpoint="
        + endpoint
        + ", defaultNameservers="
        + defaultNameservers.map(Object::toString).orElse("parking")
        + ", newDomainRenewalMode="
        + newDomainRenewalMode
        + ", allowPremium="
        + allowPremium
        + "]";
  }
}
