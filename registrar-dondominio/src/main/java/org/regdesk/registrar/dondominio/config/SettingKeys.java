package org.regdesk.registrar.dondominio.config;

import java.util.Locale;
import org.regdesk.registrar.spi.value.ContactRole;

/**
 * The stable keys of the plugin's settings. The desk stores values under these keys, so they never
 * change between versions; labels may.
 */
public final class SettingKeys {
  /** The API user name ({@code apiuser}). */
  public static final String API_USERNAME = "apiUsername";

  /** The API key ({@code apipasswd}); a secret. */
  public static final String API_KEY = "apiKey";

  /** Which API: {@code sandbox}, {@code production} or {@code custom}. */
  public static final String ENVIRONMENT = "environment";

  /** The sandbox's URL, used when the environment is {@code sandbox}. */
  public static final String SANDBOX_URL = "sandboxUrl";

  /** The API URL used when the environment is {@code custom}. */
  public static final String CUSTOM_URL = "customUrl";

  /** The name servers a new domain gets when its order names none. */
  public static final String DEFAULT_NAMESERVERS = "defaultNameservers";

  /** The renewal mode set right after a registration or transfer. */
  public static final String NEW_DOMAIN_RENEWAL_MODE = "newDomainRenewalMode";

  /** Whether names the registry prices as premium may be registered. */
  public static final String ALLOW_PREMIUM = "allowPremium";

  /** The read-only list of supported features. */
  public static final String SUPPORTED_FEATURES = "supportedFeatures";

  private SettingKeys() {}

  /**
   * The key of a role's override contact ID, e.g. {@code ownerOverride}.
   *
   * @param role the role
   * @return the key
   */
  public static String override(ContactRole role) {
    return roleWord(role) + "Override";
  }

  /**
   * The key of a role's "customers may edit this contact" switch, e.g. {@code
   * ownerCustomerMayEdit}.
   *
   * @param role the role
   * @return the key
   */
  public static String customerMayEdit(ContactRole role) {
    return roleWord(role) + "CustomerMayEdit";
  }

  static String roleWord(ContactRole role) {
    return role.name().toLowerCase(Locale.ROOT);
  }
}
