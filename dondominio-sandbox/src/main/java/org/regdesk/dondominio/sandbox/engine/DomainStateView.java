package org.regdesk.dondominio.sandbox.engine;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API's full view of one name: every field of a domain in the account (secrets
 * included: this is a test tool), or its entry in the deleted list, or the domain held elsewhere;
 * plus how often it was created, transferred and renewed, the balance and the charges for it.
 */
final class DomainStateView {
  private DomainStateView() {}

  static Optional<ObjectNode> of(SandboxState state, String input) {
    Optional<String> ascii = DomainName.toAscii(input);
    if (ascii.isEmpty()) {
      return Optional.empty();
    }
    Optional<Domain> domain = state.domains.byName(ascii.get());
    ObjectNode node;
    String unicode;
    if (domain.isPresent()) {
      node = live(domain.get());
      unicode = domain.get().name.unicode();
    } else {
      DeletedDomain deleted = lastDeleted(state, ascii.get());
      ForeignDomain held = state.foreign.get(ascii.get());
      if (deleted != null) {
        node = Json.object();
        node.put("domainID", deleted.domainId());
        node.put("name", deleted.name());
        node.put("tld", deleted.tld());
        node.put("status", "deleted");
        node.put("tsDeleted", Dates.timestamp(deleted.deletedAt()));
        node.put("info", deleted.info());
        unicode = deleted.name();
      } else if (held != null) {
        node = Json.object();
        node.put("name", held.name().unicode());
        node.put("punycode", held.name().ascii());
        node.put("tld", held.name().tld().name());
        node.put("status", "foreign");
        unicode = held.name().unicode();
      } else {
        return Optional.empty();
      }
      if (held != null) {
        ObjectNode foreign = node.putObject("foreign");
        foreign.put("authcode", held.authcode());
        foreign.put("expiry", Dates.day(held.expiryDay()));
        foreign.put("locked", held.locked());
        ArrayNode hosts = foreign.putArray("nameservers");
        held.nameservers().hosts().forEach(hosts::add);
      }
    }
    OperationCounts counts = state.counts.getOrDefault(ascii.get(), new OperationCounts());
    ObjectNode operations = node.putObject("operations");
    operations.put("created", counts.created);
    operations.put("transferred", counts.transferred);
    operations.put("renewed", counts.renewed);
    ObjectNode account = node.putObject("account");
    account.put("balance", state.account.balance());
    account.put("currency", state.account.currency());
    ArrayNode charges = node.putArray("charges");
    for (Charge charge : state.account.charges()) {
      if (charge.domain().equals(unicode)) {
        ObjectNode item = charges.addObject();
        item.put("ts", Dates.timestamp(charge.epochSecond()));
        item.put("action", charge.action());
        item.put("amount", charge.amount());
        item.put("balanceAfter", charge.balanceAfter());
      }
    }
    return Optional.of(node);
  }

  private static DeletedDomain lastDeleted(SandboxState state, String ascii) {
    for (int i = state.deleted.size() - 1; i >= 0; i--) {
      DeletedDomain entry = state.deleted.get(i);
      if (DomainName.toAscii(entry.name()).map(ascii::equals).orElse(false)) {
        return entry;
      }
    }
    return null;
  }

  private static ObjectNode live(Domain d) {
    ObjectNode node = Json.object();
    node.put("domainID", d.id);
    node.put("name", d.name.unicode());
    node.put("punycode", d.name.ascii());
    node.put("tld", d.name.tld().name());
    node.put("status", d.status.wire());
    node.put("tsCreate", Dates.day(d.createdDay));
    node.put("tsExpir", Dates.day(d.expiryDay));
    node.put("periodYears", d.periodYears);
    putMinute(node, "nextTransition", d.dueMinute);
    node.put("awaitingAuthcode", d.awaitingAuthcode);
    putMinute(node, "transferDeadline", d.transferDeadlineMinute);
    node.put("renewalMode", d.renewalMode.wire());
    node.put("transferBlock", d.transferBlock);
    node.put("transferLockSupported", d.name.tld().transferLock());
    node.put("modifyBlock", d.modifyBlock);
    node.put("whoisPrivacy", d.whoisPrivacy);
    node.put("viewWhois", d.viewWhois);
    node.put("tag", d.tag);
    node.put("authcode", d.authcode);
    if (d.transferAuthcode == null) {
      node.putNull("transferAuthcode");
    } else {
      node.put("transferAuthcode", d.transferAuthcode);
    }
    if (d.foaContact == null) {
      node.putNull("foaContact");
    } else {
      node.put("foaContact", d.foaContact);
    }
    ObjectNode contacts = node.putObject("contacts");
    contacts.put("owner", d.owner.id());
    contacts.put("admin", d.admin.id());
    contacts.put("tech", d.tech.id());
    contacts.put("billing", d.billing.id());
    DomainViews.addNameservers(node, d);
    DomainViews.addGlueRecords(node, d);
    DomainViews.addDnssec(node, d);
    ObjectNode extras = node.putObject("extras");
    if (d.extras != null) {
      for (Map.Entry<String, String> entry : d.extras.entrySet()) {
        extras.put(entry.getKey(), entry.getValue());
      }
    }
    node.put("historyEntries", d.history == null ? 0 : d.history.size());
    return node;
  }

  private static void putMinute(ObjectNode node, String field, int minute) {
    if (minute == Dates.NONE) {
      node.putNull(field);
    } else {
      node.put(field, Dates.timestamp(minute * 60L));
    }
  }
}
