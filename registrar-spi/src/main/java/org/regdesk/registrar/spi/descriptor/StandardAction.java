package org.regdesk.registrar.spi.descriptor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The actions whose meaning the host knows: it carries each out through the matching {@link
 * org.regdesk.registrar.spi.Registrar} operation, with the inputs listed here. A plugin picks which
 * of them to offer, to whom and with which label, in its {@link RegistrarDescriptor}; anything else
 * is a custom action run by {@code Registrar.performAction}.
 */
public enum StandardAction {
  /**
   * Registers the domain, or transfers it in if that is what the order asked for; the recovery path
   * for a failed order.
   */
  REGISTER("register", "Register", Set.of(Capability.REGISTER, Capability.TRANSFER), List.of()),
  /** Renews the domain for the period the host chooses, with the current-expiry guard. */
  RENEW("renew", "Renew", Set.of(Capability.RENEW), List.of()),
  /** Starts a transfer in; asks for the auth code. */
  INITIATE_TRANSFER(
      "transfer",
      "Initiate transfer",
      Set.of(Capability.TRANSFER),
      List.of(FieldDefinition.secret(Inputs.AUTH_CODE, "Auth code").required().build())),
  /** Restarts a stalled transfer, optionally with a new auth code. */
  RESTART_TRANSFER(
      "restart-transfer",
      "Restart transfer",
      Set.of(Capability.TRANSFER_RESTART),
      List.of(FieldDefinition.secret(Inputs.AUTH_CODE, "New auth code").build())),
  /** Reads the auth code; the host shows it to staff or e-mails it to the registrant. */
  SHOW_AUTH_CODE("auth-code", "Show auth code", Set.of(Capability.AUTH_CODE), List.of()),
  /** Turns the registrar lock on or off. */
  SET_LOCK(
      "lock",
      "Registrar lock",
      Set.of(Capability.LOCK),
      List.of(FieldDefinition.yesNo(Inputs.LOCKED, "Locked").required().build())),
  /** Turns WHOIS privacy (ID protection) on or off. */
  SET_PRIVACY(
      "privacy",
      "ID protection",
      Set.of(Capability.PRIVACY),
      List.of(FieldDefinition.yesNo(Inputs.ENABLED, "Enabled").required().build())),
  /** Sets the renewal mode. */
  SET_RENEWAL_MODE(
      "renewal-mode",
      "Renewal mode",
      Set.of(Capability.RENEWAL_MODE),
      List.of(
          FieldDefinition.choice(
                  Inputs.RENEWAL_MODE,
                  "Renewal mode",
                  List.of(
                      ChoiceOption.of("AUTO_RENEW", "Renew automatically"),
                      ChoiceOption.of("MANUAL", "Renew only when paid"),
                      ChoiceOption.of("LET_EXPIRE", "Let expire")))
              .required()
              .build())),
  /** Reads the domain from the registrar and updates the desk's record now. */
  SYNC("sync", "Sync now", Set.of(), List.of());

  /** The stable keys of the standard actions' inputs. */
  public static final class Inputs {
    /** The auth code, a secret. */
    public static final String AUTH_CODE = "authCode";

    /** Lock on ({@code true}) or off. */
    public static final String LOCKED = "locked";

    /** Privacy on ({@code true}) or off. */
    public static final String ENABLED = "enabled";

    /** A {@link org.regdesk.registrar.spi.value.RenewalMode} constant name. */
    public static final String RENEWAL_MODE = "renewalMode";

    private Inputs() {}
  }

  private final String id;
  private final String defaultLabel;
  private final Set<Capability> anyOf;
  private final List<FieldDefinition> inputs;

  StandardAction(
      String id, String defaultLabel, Set<Capability> anyOf, List<FieldDefinition> inputs) {
    this.id = id;
    this.defaultLabel = defaultLabel;
    this.anyOf = anyOf;
    this.inputs = inputs;
  }

  /**
   * The stable id, e.g. {@code transfer}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The label used unless the plugin gives its own.
   *
   * @return the label
   */
  public String defaultLabel() {
    return defaultLabel;
  }

  /**
   * The capabilities of which the plugin must declare at least one to offer this action; empty when
   * the action needs only the always-present domain lookup.
   *
   * @return the capabilities
   */
  public Set<Capability> requiresAnyOf() {
    return anyOf;
  }

  /**
   * The inputs the host asks for before carrying out the action.
   *
   * @return the inputs
   */
  public List<FieldDefinition> inputs() {
    return inputs;
  }

  /**
   * The standard action with this id.
   *
   * @param id an action id
   * @return the action, or empty for a custom id
   */
  public static Optional<StandardAction> ofId(String id) {
    for (StandardAction action : values()) {
      if (action.id.equals(id)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
