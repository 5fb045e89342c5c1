package org.regdesk.dondominio.sandbox.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shapes of a domain (§6.12): the base fields every domain response carries and the extras
 * of each {@code infoType}.
 */
final class DomainViews {
  private DomainViews() {}

  /** {@code {name, status, tld, tsExpir, domainID}}. */
  static ObjectNode base(Domain domain) {
    ObjectNode node = Json.object();
    node.put("name", domain.name.unicode());
    node.put("status", domain.status.wire());
    node.put("tld", domain.name.tld().name());
    node.put("tsExpir", Dates.day(domain.expiryDay));
    node.put("domainID", domain.id);
    return node;
  }

  /**
   * Whether {@code domain/renew} would be accepted now for the zone's default period: a renewable
   * status and a new expiry within the horizon.
   */
  static boolean renewable(Domain domain, int today) {
    switch (domain.status) {
      case ACTIVE:
      case RENEWED:
      case EXPIRED_RENEWGRACE:
      case EXPIRED_REDEMPTION:
        break;
      default:
        return false;
    }
    if (domain.expiryDay == Dates.NONE) {
      return false;
    }
    int next = Dates.plusYears(domain.expiryDay, domain.name.tld().defaultYears());
    return next <= Dates.plusYears(today, Lifecycle.HORIZON_YEARS);
  }

  static void addStatus(ObjectNode node, Domain domain, CallContext call) {
    node.put("tsCreate", Dates.day(domain.createdDay));
    node.put("renewable", renewable(domain, call.today()));
    node.put("renewalMode", domain.renewalMode.wire());
    node.put("modifyBlock", domain.modifyBlock);
    if (domain.name.tld().transferLock()) {
      // plugins read the presence of this key as "the zone has a registrar lock"
      node.put("transferBlock", domain.transferBlock);
    }
    node.put("whoisPrivacy", domain.whoisPrivacy);
    node.put("viewWhois", domain.viewWhois);
    node.put("authcodeCheck", true);
    node.put("serviceAssociated", false);
    node.put("tag", domain.tag);
    node.put("ownerverification", domain.owner.verification(call.minute()).wire());
  }

  /** {@code contactOwner/Admin/Tech/Billing}; {@code cache} shares nodes within one response. */
  static void addContacts(
      ObjectNode node, Domain domain, CallContext call, Map<Contact, ObjectNode> cache) {
    node.set("contactOwner", contact(domain.owner, call, cache));
    node.set("contactAdmin", contact(domain.admin, call, cache));
    node.set("contactTech", contact(domain.tech, call, cache));
    node.set("contactBilling", contact(domain.billing, call, cache));
  }

  static void addContacts(ObjectNode node, Domain domain, CallContext call) {
    addContacts(node, domain, call, new IdentityHashMap<>());
  }

  private static ObjectNode contact(
      Contact contact, CallContext call, Map<Contact, ObjectNode> cache) {
    ObjectNode cached = cache.get(contact);
    if (cached == null) {
      cached = ContactViews.full(contact, call.minute());
      cache.put(contact, cached);
    }
    return cached;
  }

  static void addNameservers(ObjectNode node, Domain domain) {
    node.put("defaultNS", domain.nameservers.dondominioDns());
    ArrayNode list = node.putArray("nameservers");
    int order = 1;
    for (String host : domain.nameservers.hosts()) {
      ObjectNode ns = list.addObject();
      ns.put("order", order++);
      ns.put("name", host);
      GlueRecord glue = glueFor(domain, host);
      ns.put("ipv4", glue == null ? "" : glue.ipv4());
      if (glue != null && !glue.ipv6().isEmpty()) {
        ns.put("ipv6", glue.ipv6());
      }
    }
  }

  private static GlueRecord glueFor(Domain domain, String host) {
    for (GlueRecord glue : domain.glueRecords()) {
      if (glue.host().equals(host)) {
        return glue;
      }
    }
    return null;
  }

  static void addGlueRecords(ObjectNode node, Domain domain) {
    ArrayNode list = node.putArray("gluerecords");
    for (GlueRecord glue : domain.glueRecords()) {
      ObjectNode item = list.addObject();
      item.put("name", glue.host());
      item.put("ipv4", glue.ipv4());
      item.put("ipv6", glue.ipv6());
    }
  }

  static void addDnssec(ObjectNode node, Domain domain) {
    ArrayNode list = node.putArray("dnssec");
    for (DsRecord ds : domain.dsRecords()) {
      ObjectNode item = list.addObject();
      item.put("keytag", ds.keytag());
      item.put("algorithm", ds.algorithm());
      item.put("digesttype", ds.digestType());
      item.put("digest", ds.digest());
    }
  }

  /** The sandbox sells no hosting: never an associated service. */
  static void addService(ObjectNode node) {
    node.put("serviceAssociated", false);
    node.putObject("service");
  }

  static void addAuthcode(ObjectNode node, Domain domain) {
    node.put("authcode", domain.authcode);
  }
}
