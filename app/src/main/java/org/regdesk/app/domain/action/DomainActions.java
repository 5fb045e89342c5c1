package org.regdesk.app.domain.action;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.sync.DomainSync;
import org.regdesk.app.mail.MailOutbox;
import org.regdesk.app.registrar.RegistrarPlugin;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.descriptor.ActionAudience;
import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.descriptor.PluginAction;
import org.regdesk.registrar.spi.descriptor.StandardAction;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.ActionRequest;
import org.regdesk.registrar.spi.operation.RestartTransferRequest;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Plugin actions of a registered domain (the admin panel's "Plugin actions" and {@code POST
 * /api/v1/domains/{id}/actions/{action}}): offered from the domain's plugin descriptor and its
 * capabilities for the TLD; carried out through the plugin's typed operations (each call audited
 * with the signed-in user or API token as trigger) or, for Renew and Initiate transfer, as orders.
 *
 * <p>Inputs are checked first (a bad one is a {@link ValidationException} naming it, and nothing is
 * called). A registrar failure is not thrown: the outcome carries the registrar's message for
 * staff. The auth code is shown only to whoever asked for it, or queued sealed to the owner's
 * e-mail address; it is never stored, logged or put in a message.
 */
@Service
public class DomainActions {

  /** The input of Show auth code that says how: {@value #SHOW} or {@value #EMAIL}. */
  public static final String DELIVERY = "delivery";

  /** Show the auth code to the staff member who asked. */
  public static final String SHOW = "show";

  /** Mail the auth code to the domain's owner (the customer). */
  public static final String EMAIL = "email";

  /** The input of Renew and Initiate transfer: for how many years. */
  public static final String YEARS = "years";

  private static final Logger LOG = LoggerFactory.getLogger(DomainActions.class);

  private final Domains domains;
  private final Customers customers;
  private final Registrars registrars;
  private final DomainSync sync;
  private final MailOutbox mail;
  private final ObjectProvider<OrderDesk> orders;
  private final TransactionTemplate transaction;

  DomainActions(
      Domains domains,
      Customers customers,
      Registrars registrars,
      DomainSync sync,
      MailOutbox mail,
      ObjectProvider<OrderDesk> orders,
      TransactionTemplate transaction) {
    this.domains = domains;
    this.customers = customers;
    this.registrars = registrars;
    this.sync = sync;
    this.mail = mail;
    this.orders = orders;
    this.transaction = transaction;
  }

  /**
   * The actions staff are offered on a domain: none until it is registered (the orders feature
   * offers Register then); otherwise the plugin's staff actions for registered domains whose
   * capabilities the plugin has for the domain's TLD.
   *
   * @param domain the domain
   * @return the actions, in the plugin's order
   */
  public List<OfferedAction> offered(Domain domain) {
    if (!domain.state().isHeld()) {
      return List.of();
    }
    Optional<RegistrarPlugin> plugin = registrars.findPlugin(domain.plugin());
    if (plugin.isEmpty()) {
      return List.of();
    }
    Set<Capability> capabilities = registrars.capabilities(domain.plugin(), domain.name().tld());
    List<OfferedAction> offered = new ArrayList<>();
    for (PluginAction action :
        plugin.get().descriptor().actionsFor(ActionAudience.STAFF_REGISTERED)) {
      Optional<StandardAction> standard = action.standardAction();
      if (standard.isPresent()) {
        Set<Capability> needed = standard.get().requiresAnyOf();
        if (standard.get() == StandardAction.REGISTER
            || (!needed.isEmpty() && needed.stream().noneMatch(capabilities::contains))) {
          continue;
        }
      }
      offered.add(new OfferedAction(action.id(), action.label(), standard, action.inputs()));
    }
    return offered;
  }

  /**
   * Carries out an action on a domain.
   *
   * @param domainId the domain's id
   * @param actionId the action's id, e.g. {@code lock}
   * @param inputs the inputs by key ({@code locked}, {@code enabled}, {@code renewalMode}, {@code
   *     authCode}, {@code years}, {@code delivery} …)
   * @return the outcome, a registrar failure included
   * @throws NotFoundException when there is no such domain or the action is not offered on it
   * @throws ValidationException naming a missing or bad input; nothing was called
   * @throws ConflictException when the plugin is not configured, or an order is already open
   */
  public ActionOutcome run(long domainId, String actionId, Map<String, String> inputs) {
    Domain domain = domains.get(domainId);
    OfferedAction action =
        offered(domain).stream()
            .filter(a -> a.id().equals(actionId))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no Plugin action '"
                            + shown(actionId)
                            + "' is offered on "
                            + domain.name().ascii()));
    Map<String, String> in = inputs == null ? Map.of() : inputs;
    if (action.standard().isEmpty()) {
      return registrarCall(
          domain,
          action.id(),
          registrar ->
              registrar.performAction(new ActionRequest(action.id(), domain.name(), in)).message());
    }
    return switch (action.standard().get()) {
      case RENEW -> renew(domain, in);
      case INITIATE_TRANSFER -> transfer(domain, in);
      case RESTART_TRANSFER -> restartTransfer(domain, in);
      case SHOW_AUTH_CODE -> authCode(domain, action.id(), in);
      case SET_LOCK -> lock(domain, action.id(), in);
      case SET_PRIVACY -> privacy(domain, action.id(), in);
      case SET_RENEWAL_MODE -> renewalMode(domain, action.id(), in);
      case SYNC -> registrarCall(domain, action.id(), registrar -> synced(domain));
      case REGISTER ->
          throw new NotFoundException("Register is not offered on a registered domain");
    };
  }

  private ActionOutcome renew(Domain domain, Map<String, String> in) {
    FieldErrors errors = new FieldErrors();
    int years = years(errors, in);
    errors.throwIfAny();
    OrderDesk.PlacedOrder order = orderDesk().renew(domain.customerId(), domain.name(), years);
    return ActionOutcome.done(
        StandardAction.RENEW.id(),
        "Renew order " + order.id() + " placed for " + years + (years == 1 ? " year" : " years"));
  }

  private ActionOutcome transfer(Domain domain, Map<String, String> in) {
    FieldErrors errors = new FieldErrors();
    int years = years(errors, in);
    AuthCode code = authCode(errors, in, true);
    errors.throwIfAny();
    OrderDesk.PlacedOrder order =
        orderDesk().transfer(domain.customerId(), domain.name(), code, years);
    return ActionOutcome.done(
        StandardAction.INITIATE_TRANSFER.id(), "Transfer order " + order.id() + " placed");
  }

  private ActionOutcome restartTransfer(Domain domain, Map<String, String> in) {
    FieldErrors errors = new FieldErrors();
    AuthCode code = authCode(errors, in, false);
    errors.throwIfAny();
    return registrarCall(
        domain,
        StandardAction.RESTART_TRANSFER.id(),
        registrar -> {
          var state =
              registrar.restartTransfer(
                  new RestartTransferRequest(
                      domain.name(), Optional.ofNullable(code), Optional.empty()));
          return "Transfer restarted: " + state;
        });
  }

  private ActionOutcome authCode(Domain domain, String id, Map<String, String> in) {
    String delivery = in.getOrDefault(DELIVERY, "").strip().toLowerCase(Locale.ROOT);
    FieldErrors errors = new FieldErrors();
    errors.check(
        DELIVERY,
        delivery.equals(SHOW) || delivery.equals(EMAIL),
        "must be '" + SHOW + "' or '" + EMAIL + "'");
    Customer owner = customers.get(domain.customerId());
    errors.throwIfAny();
    AuthCode code;
    try {
      code = registrars.registrar(domain.plugin()).getAuthCode(domain.name());
    } catch (RegistrarException failed) {
      return failure(id, failed);
    }
    if (delivery.equals(SHOW)) {
      LOG.info("Auth code of {} shown to {}", domain.name().ascii(), Trigger.current());
      return new ActionOutcome(
          id,
          true,
          "The auth code of " + domain.displayName() + " is shown below",
          Optional.empty(),
          Optional.empty(),
          Optional.of(code));
    }
    transaction.executeWithoutResult(
        status -> mail.queueAuthCode(owner.email().value(), domain.displayName(), code.value()));
    LOG.info("Auth code of {} queued to its owner by {}", domain.name().ascii(), Trigger.current());
    return ActionOutcome.done(id, "The auth code was queued to the owner's e-mail address");
  }

  private ActionOutcome lock(Domain domain, String id, Map<String, String> in) {
    FieldErrors errors = new FieldErrors();
    Boolean locked = yesNo(errors, StandardAction.Inputs.LOCKED, in);
    errors.throwIfAny();
    return registrarCall(
        domain,
        id,
        registrar -> {
          registrar.setLock(domain.name(), locked);
          synced(domain);
          return "Registrar lock turned " + (locked ? "on" : "off");
        });
  }

  private ActionOutcome privacy(Domain domain, String id, Map<String, String> in) {
    FieldErrors errors = new FieldErrors();
    Boolean enabled = yesNo(errors, StandardAction.Inputs.ENABLED, in);
    errors.throwIfAny();
    return registrarCall(
        domain,
        id,
        registrar -> {
          registrar.setPrivacy(domain.name(), enabled);
          synced(domain);
          return "ID protection turned " + (enabled ? "on" : "off");
        });
  }

  private ActionOutcome renewalMode(Domain domain, String id, Map<String, String> in) {
    FieldErrors errors = new FieldErrors();
    String text = in.get(StandardAction.Inputs.RENEWAL_MODE);
    RenewalMode mode = null;
    if (text == null || text.isBlank()) {
      errors.add(StandardAction.Inputs.RENEWAL_MODE, "is required");
    } else {
      try {
        mode = RenewalMode.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        errors.add(
            StandardAction.Inputs.RENEWAL_MODE,
            "must be one of " + EnumSet.allOf(RenewalMode.class));
      }
    }
    errors.throwIfAny();
    RenewalMode chosen = mode;
    return registrarCall(
        domain,
        id,
        registrar -> {
          registrar.setRenewalMode(domain.name(), chosen);
          synced(domain);
          return "Renewal mode set to " + chosen;
        });
  }

  private String synced(Domain domain) throws RegistrarException {
    Domain now = sync.syncDomain(domain.id());
    return "Synced: " + now.state().label() + now.expiresOn().map(e -> ", expires " + e).orElse("");
  }

  /** A registrar call whose failure becomes the outcome's message. */
  private interface Call {
    String run(Registrar registrar) throws RegistrarException;
  }

  private ActionOutcome registrarCall(Domain domain, String id, Call call) {
    Registrar registrar = registrars.registrar(domain.plugin());
    try {
      return ActionOutcome.done(id, call.run(registrar));
    } catch (RegistrarException failed) {
      return failure(id, failed);
    }
  }

  private ActionOutcome failure(String id, RegistrarException failed) {
    String message =
        failed.customerMessage()
            + (failed.getMessage().equals(failed.customerMessage())
                ? ""
                : " (" + failed.getMessage() + ")");
    return new ActionOutcome(
        id,
        false,
        message,
        Optional.of(failed.kind().name()),
        failed.registrarCode(),
        Optional.empty());
  }

  private OrderDesk orderDesk() {
    OrderDesk desk = orders.getIfAvailable();
    if (desk == null) {
      throw new ConflictException("Orders are not available in this desk yet");
    }
    return desk;
  }

  private static int years(FieldErrors errors, Map<String, String> in) {
    String text = in.get(YEARS);
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      int years = Integer.parseInt(text.strip());
      errors.check(YEARS, years >= 1 && years <= 10, "must be from 1 to 10");
      return years;
    } catch (NumberFormatException e) {
      errors.add(YEARS, "must be a whole number of years");
      return 1;
    }
  }

  private static AuthCode authCode(FieldErrors errors, Map<String, String> in, boolean required) {
    String text = in.get(StandardAction.Inputs.AUTH_CODE);
    if (text == null || text.isBlank()) {
      if (required) {
        errors.add(StandardAction.Inputs.AUTH_CODE, "is required");
      }
      return null;
    }
    try {
      return AuthCode.of(text);
    } catch (InvalidValueException e) {
      errors.add(StandardAction.Inputs.AUTH_CODE, "is not a valid auth code");
      return null;
    }
  }

  private static Boolean yesNo(FieldErrors errors, String key, Map<String, String> in) {
    String text = in.get(key);
    if (text == null || text.isBlank()) {
      errors.add(key, "is required");
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> {
        errors.add(key, "must be yes or no");
        yield null;
      }
    };
  }

  private static String shown(String text) {
    String value = text == null ? "" : text.strip();
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
