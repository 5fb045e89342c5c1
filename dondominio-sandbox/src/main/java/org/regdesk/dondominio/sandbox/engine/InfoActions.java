package org.regdesk.dondominio.sandbox.engine;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code domain/getinfo} (every {@code infoType}; {@code status} when absent) and its getter
 * aliases {@code getauthcode}, {@code getnameservers}, {@code getgluerecords}, {@code getdnssec}.
 */
final class InfoActions {
  private InfoActions() {}

  static void register(ActionTable table) {
    table.reads("domain/getinfo", InfoActions::getInfo);
    table.reads("domain/getauthcode", (s, p, c) -> info(s, p, c, InfoType.AUTHCODE));
    table.reads("domain/getnameservers", (s, p, c) -> info(s, p, c, InfoType.NAMESERVERS));
    table.reads("domain/getgluerecords", (s, p, c) -> info(s, p, c, InfoType.GLUERECORDS));
    table.reads("domain/getdnssec", (s, p, c) -> info(s, p, c, InfoType.DNSSEC));
  }

  private static ApiResult getInfo(SandboxState state, Params params, CallContext call) {
    InfoType type =
        params
            .text("infoType")
            .map(
                v ->
                    InfoType.fromWire(v)
                        .orElseThrow(
                            () ->
                                ApiError.invalid(
                                    "infoType",
                                    "expected status, contact, nameservers, authcode, service,"
                                        + " gluerecords or dnssec")))
            .orElse(InfoType.STATUS);
    return info(state, params, call, type);
  }

  private static ApiResult info(
      SandboxState state, Params params, CallContext call, InfoType type) {
    Domain domain = DomainSelector.require(state, params);
    ObjectNode data = DomainViews.base(domain);
    addInfo(data, domain, type, call);
    return ApiResult.of(data);
  }

  static void addInfo(ObjectNode data, Domain domain, InfoType type, CallContext call) {
    switch (type) {
      case STATUS:
        DomainViews.addStatus(data, domain, call);
        break;
      case CONTACT:
        DomainViews.addContacts(data, domain, call);
        break;
      case NAMESERVERS:
        DomainViews.addNameservers(data, domain);
        break;
      case AUTHCODE:
        DomainViews.addAuthcode(data, domain);
        break;
      case SERVICE:
        DomainViews.addService(data);
        break;
      case GLUERECORDS:
        DomainViews.addGlueRecords(data, domain);
        break;
      case DNSSEC:
        DomainViews.addDnssec(data, domain);
        break;
    }
  }
}
