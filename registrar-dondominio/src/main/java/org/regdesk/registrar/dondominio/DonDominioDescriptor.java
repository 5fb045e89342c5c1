package org.regdesk.registrar.dondominio;

import java.util.ArrayList;
import java.util.List;
import org.regdesk.registrar.dondominio.config.ApiEnvironment;
import org.regdesk.registrar.dondominio.config.PluginSettings;
import org.regdesk.registrar.dondominio.config.SettingKeys;
import org.regdesk.registrar.dondominio.tld.TldCapabilities;
import org.regdesk.registrar.dondominio.tld.TldTable;
import org.regdesk.registrar.spi.descriptor.ActionAudience;
import org.regdesk.registrar.spi.descriptor.Capabilities;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.PluginAction;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.SettingsSchema;
import org.regdesk.registrar.spi.descriptor.StandardAction;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.descriptor.ValueRule;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Tld;

/**
 * The plugin's descriptor: settings (with the labels ClientExec users know), Plugin actions,
 * capabilities (less for TLDs without a registrar lock) and the per-TLD requirements of the {@link
 * TldTable}. Built once; equal on every call.
 */
final class DonDominioDescriptor {

  /** The plugin's stable name. */
  static final String NAME = "dondominio";

  private static final ValueRule CONTACT_ID =
      ValueRule.matching(
          "[A-Za-z]{1,10}-[0-9]{1,20}", "be a DonDominio contact ID such as ABC-12345");

  private static final ValueRule URL =
      ValueRule.matching("(?i)https?://[^\\s/?#]+(:[0-9]{1,5})?(/[^\\s?#]*)?", "be an http(s) URL");

  private static final ValueRule NAMESERVER_LIST =
      ValueRule.of(
          "be 2 to 7 host names separated by commas or spaces",
          text -> {
            try {
              PluginSettings.parseNameservers(text);
              return true;
            } catch (InvalidValueException e) {
              return false;
            }
          });

  private static final RegistrarDescriptor DESCRIPTOR = build();

  private DonDominioDescriptor() {}

  static RegistrarDescriptor get() {
    return DESCRIPTOR;
  }

  private static RegistrarDescriptor build() {
    RegistrarDescriptor.Builder descriptor =
        RegistrarDescriptor.builder(NAME, "DonDominio / MrDomain", PluginVersion.get())
            .settings(settings())
            .capabilities(capabilities())
            .action(
                PluginAction.standard(StandardAction.REGISTER, ActionAudience.STAFF_UNREGISTERED))
            .action(
                PluginAction.standard(
                    StandardAction.INITIATE_TRANSFER, ActionAudience.STAFF_UNREGISTERED))
            .action(PluginAction.standard(StandardAction.RENEW, ActionAudience.STAFF_REGISTERED))
            .action(
                PluginAction.standard(
                    StandardAction.RESTART_TRANSFER, ActionAudience.STAFF_REGISTERED))
            .action(
                PluginAction.standard(
                    StandardAction.SHOW_AUTH_CODE,
                    "Send auth code",
                    ActionAudience.STAFF_REGISTERED,
                    ActionAudience.CUSTOMER))
            .action(
                PluginAction.standard(
                    StandardAction.SET_LOCK,
                    ActionAudience.STAFF_REGISTERED,
                    ActionAudience.CUSTOMER))
            .action(
                PluginAction.standard(
                    StandardAction.SET_PRIVACY,
                    ActionAudience.STAFF_REGISTERED,
                    ActionAudience.CUSTOMER))
            .action(
                PluginAction.standard(
                    StandardAction.SET_RENEWAL_MODE, ActionAudience.STAFF_REGISTERED))
            .action(PluginAction.standard(StandardAction.SYNC, ActionAudience.STAFF_REGISTERED))
            .action(
                PluginAction.custom(
                    DomainManagement.RESEND_VERIFICATION,
                    "Resend owner verification mail",
                    List.of(),
                    ActionAudience.STAFF_REGISTERED,
                    ActionAudience.CUSTOMER));
    for (TldRequirements requirements : TldTable.requirements()) {
      descriptor.requirements(requirements);
    }
    return descriptor.build();
  }

  private static Capabilities capabilities() {
    Capabilities capabilities =
        Capabilities.of(
            Capability.AVAILABILITY,
            Capability.TRANSFER_ELIGIBILITY,
            Capability.REGISTER,
            Capability.PREMIUM_REGISTRATION,
            Capability.TRANSFER,
            Capability.TRANSFER_RESTART,
            Capability.RENEW,
            Capability.NAMESERVERS,
            Capability.CONTACTS,
            Capability.GLUE_RECORDS,
            Capability.LOCK,
            Capability.AUTH_CODE,
            Capability.PRIVACY,
            Capability.RENEWAL_MODE,
            Capability.DNSSEC,
            Capability.LIST_DOMAINS,
            Capability.TLD_PRICES);
    for (Tld tld : TldCapabilities.withoutTransferLock()) {
      capabilities = capabilities.except(tld, Capability.LOCK);
    }
    return capabilities;
  }

  private static SettingsSchema settings() {
    List<SettingDefinition> settings = new ArrayList<>();
    settings.add(
        SettingDefinition.text(SettingKeys.API_USERNAME, "API Username")
            .required()
            .description("The API user DonDominio gave you (Area de cliente > API).")
            .build());
    settings.add(
        SettingDefinition.secret(SettingKeys.API_KEY, "API Key")
            .required()
            .description("The API password; stored encrypted, never shown or logged.")
            .build());
    settings.add(
        SettingDefinition.choice(
                SettingKeys.ENVIRONMENT,
                "Environment",
                List.of(
                    ChoiceOption.of(
                        ApiEnvironment.SANDBOX.settingValue(),
                        "Sandbox (Regdesk's DonDominio sandbox)"),
                    ChoiceOption.of(
                        ApiEnvironment.PRODUCTION.settingValue(),
                        "Production (" + ApiEnvironment.PRODUCTION_URL + ")"),
                    ChoiceOption.of(ApiEnvironment.CUSTOM.settingValue(), "Custom URL")))
            .required()
            .defaultValue(ApiEnvironment.SANDBOX.settingValue())
            .description("Sandbox makes no real registrations and charges no real money.")
            .build());
    settings.add(
        SettingDefinition.text(SettingKeys.SANDBOX_URL, "Sandbox URL")
            .defaultValue(ApiEnvironment.DEFAULT_SANDBOX_URL)
            .rule(URL)
            .description("Where the sandbox listens, when the environment is Sandbox.")
            .build());
    settings.add(
        SettingDefinition.text(SettingKeys.CUSTOM_URL, "Custom URL")
            .rule(URL)
            .description("The API URL when the environment is Custom URL (https).")
            .build());
    for (ContactRole role : ContactRole.values()) {
      String name = label(role);
      settings.add(
          SettingDefinition.text(SettingKeys.override(role), name + " Override")
              .rule(CONTACT_ID)
              .description(
                  "A DonDominio contact ID used as the "
                      + name.toLowerCase(java.util.Locale.ROOT)
                      + " contact of every new domain instead of the customer's data.")
              .build());
      settings.add(
          SettingDefinition.yesNo(
                  SettingKeys.customerMayEdit(role), name + ": customers may edit this contact")
              .defaultValue("false")
              .description(
                  "With an override set: whether customers may replace it with their own data.")
              .build());
    }
    settings.add(
        SettingDefinition.text(SettingKeys.DEFAULT_NAMESERVERS, "Default Nameservers")
            .rule(NAMESERVER_LIST)
            .description(
                "Name servers for new domains whose order names none; empty for DonDominio's"
                    + " parking.")
            .build());
    settings.add(
        SettingDefinition.choice(
                SettingKeys.NEW_DOMAIN_RENEWAL_MODE,
                "Renewal mode for new domains",
                List.of(
                    ChoiceOption.of("MANUAL", "Renew only when paid (manual)"),
                    ChoiceOption.of("AUTO_RENEW", "Renew automatically at DonDominio"),
                    ChoiceOption.of("LET_EXPIRE", "Let expire")))
            .required()
            .defaultValue("MANUAL")
            .description(
                "Set right after every registration and transfer. Manual means only renewals the"
                    + " desk sends (paid ones) happen.")
            .build());
    settings.add(
        SettingDefinition.yesNo(SettingKeys.ALLOW_PREMIUM, "Allow premium names")
            .defaultValue("false")
            .description(
                "Register names the registry prices as premium, at the price the customer"
                    + " accepted.")
            .build());
    settings.add(
        SettingDefinition.readOnlyText(
                SettingKeys.SUPPORTED_FEATURES,
                "Supported Features",
                "Availability (with premium prices), registration, transfer with auth code,"
                    + " transfer restart, renewal, name servers, contacts (all four roles),"
                    + " glue records, registrar lock, auth code, ID protection, renewal mode,"
                    + " DNSSEC, domain import, TLD price import.")
            .build());
    return new SettingsSchema(settings);
  }

  private static String label(ContactRole role) {
    String word = role.name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
