package org.regdesk.dondominio.sandbox.engine;

import java.util.List;
import java.util.Locale;

/**
 * {@code domain/update} with every {@code updateType}, and its shortcuts {@code
 * domain/updatenameservers} and {@code domain/updatecontacts}. Each answers the base domain fields.
 */
final class UpdateActions {
  private static final int MAX_TAG = 200;

  private UpdateActions() {}

  static void register(ActionTable table) {
    table.writes("domain/update", UpdateActions::update);
    table.writes("domain/updatenameservers", UpdateActions::updateNameservers);
    table.writes("domain/updatecontacts", UpdateActions::updateContacts);
  }

  private static ApiResult update(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    String type = params.required("updateType");
    switch (type.toLowerCase(Locale.ROOT)) {
      case "contact":
        return contacts(state, params, call, domain);
      case "nameservers":
        return nameservers(params, call, domain);
      case "transferblock":
        return transferBlock(params, call, domain);
      case "block":
        return block(params, call, domain);
      case "whoisprivacy":
        {
          UpdateGate.requireModifiable(domain);
          boolean on = params.requiredFlag("whoisPrivacy");
          domain.whoisPrivacy = on;
          return done(domain, call, "whoisPrivacy " + onOff(on));
        }
      case "viewwhois":
        {
          UpdateGate.requireModifiable(domain);
          boolean on = params.requiredFlag("viewWhois");
          domain.viewWhois = on;
          return done(domain, call, "viewWhois " + onOff(on));
        }
      case "renewalmode":
        {
          UpdateGate.requireModifiable(domain);
          RenewalMode mode = RenewalMode.parse("renewalMode", params.required("renewalMode"));
          domain.renewalMode = mode;
          return done(domain, call, "renewalMode " + mode.wire());
        }
      case "tag":
        return tag(params, call, domain);
      default:
        throw ApiError.invalid(
            "updateType",
            "expected contact, nameservers, transferBlock, block, whoisPrivacy, renewalMode, tag"
                + " or viewWhois");
    }
  }

  private static ApiResult updateNameservers(SandboxState state, Params params, CallContext call) {
    return nameservers(params, call, DomainSelector.require(state, params));
  }

  private static ApiResult updateContacts(SandboxState state, Params params, CallContext call) {
    return contacts(state, params, call, DomainSelector.require(state, params));
  }

  private static ApiResult contacts(
      SandboxState state, Params params, CallContext call, Domain domain) {
    UpdateGate.requireModifiable(domain);
    ContactRoles roles = ContactRoles.read(state, params, domain.name.tld()).requireAny();
    String changed = roles.assignGiven(domain, state, call);
    return done(domain, call, "Contacts changed: " + changed);
  }

  private static ApiResult nameservers(Params params, CallContext call, Domain domain) {
    UpdateGate.requireModifiable(domain);
    List<String> items = params.list("nameservers");
    if (items.isEmpty()) {
      throw ApiError.missing("nameservers");
    }
    Nameservers nameservers =
        Nameservers.parse("nameservers", items, Nameservers.Use.UPDATE).nameservers();
    domain.nameservers = nameservers;
    return done(domain, call, "Nameservers: " + String.join(", ", nameservers.hosts()));
  }

  private static ApiResult transferBlock(Params params, CallContext call, Domain domain) {
    UpdateGate.requireModifiable(domain);
    boolean on = params.requiredFlag("transferBlock");
    if (!domain.name.tld().transferLock()) {
      throw new ApiError(
          ErrorCodes.UPDATE_NOT_ALLOWED,
          "Domain update not allowed: ." + domain.name.tld().name() + " has no transfer lock");
    }
    domain.transferBlock = on;
    return done(domain, call, "transferBlock " + onOff(on));
  }

  /** The modification lock can always be switched, even while it is on. */
  private static ApiResult block(Params params, CallContext call, Domain domain) {
    UpdateGate.requireUpdatable(domain);
    boolean on = params.requiredFlag("block");
    domain.modifyBlock = on;
    return done(domain, call, "modifyBlock " + onOff(on));
  }

  /** {@code tag}: free text; sent empty it clears the tag. */
  private static ApiResult tag(Params params, CallContext call, Domain domain) {
    UpdateGate.requireModifiable(domain);
    if (!params.names().contains("tag")) {
      throw ApiError.missing("tag");
    }
    String tag = params.text("tag").orElse("");
    if (tag.length() > MAX_TAG || tag.chars().anyMatch(Character::isISOControl)) {
      throw ApiError.invalid(
          "tag", "at most " + MAX_TAG + " characters, without control characters");
    }
    domain.tag = tag;
    return done(domain, call, tag.isEmpty() ? "Tag cleared" : "Tag set to " + tag);
  }

  private static ApiResult done(Domain domain, CallContext call, String message) {
    domain.record(call.history("Domain update", message));
    return ApiResult.of(DomainViews.base(domain));
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
