package org.regdesk.dondominio.sandbox.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code domain/list}, {@code domain/listdeleted} and {@code domain/gethistory}. */
final class ListActions {
  private ListActions() {}

  static void register(ActionTable table) {
    table.reads("domain/list", ListActions::list);
    table.reads("domain/listdeleted", ListActions::listDeleted);
    table.reads("domain/gethistory", ListActions::history);
  }

  private static ApiResult list(SandboxState state, Params params, CallContext call) {
    Paging paging = Paging.of(params);
    InfoType info = params.text("infoType").map(ListActions::listInfoType).orElse(null);
    Predicate<Domain> filter = DomainFilter.of(params, call);
    List<Domain> all = state.domains.inOrder();
    ArrayNode items = Json.array();
    // a contact shared by many domains of the page is rendered once
    Map<Contact, ObjectNode> contacts = new IdentityHashMap<>();
    int total;
    if (filter == null) {
      total = all.size();
      int from = paging.from();
      int to = (int) Math.min(total, (long) from + paging.pageLength());
      for (int i = from; i < to; i++) {
        items.add(item(all.get(i), info, call, contacts));
      }
    } else {
      total = 0;
      for (Domain domain : all) {
        if (filter.test(domain)) {
          if (paging.contains(total)) {
            items.add(item(domain, info, call, contacts));
          }
          total++;
        }
      }
    }
    ObjectNode data = Json.object();
    data.set("queryInfo", paging.queryInfo(items.size(), total));
    data.set("domains", items);
    return ApiResult.of(data);
  }

  private static InfoType listInfoType(String value) {
    InfoType type = InfoType.fromWire(value).orElse(InfoType.AUTHCODE);
    if (type == InfoType.AUTHCODE || type == InfoType.DNSSEC) {
      throw ApiError.invalid(
          "infoType", "expected status, contact, nameservers, service or gluerecords");
    }
    return type;
  }

  private static ObjectNode item(
      Domain domain, InfoType info, CallContext call, Map<Contact, ObjectNode> contacts) {
    ObjectNode item = DomainViews.base(domain);
    if (info == InfoType.CONTACT) {
      DomainViews.addContacts(item, domain, call, contacts);
    } else if (info != null) {
      InfoActions.addInfo(item, domain, info, call);
    }
    return item;
  }

  private static ApiResult listDeleted(SandboxState state, Params params, CallContext call) {
    Paging paging = Paging.of(params);
    List<DeletedDomain> deleted = state.deleted;
    ArrayNode items = Json.array();
    int from = paging.from();
    int to = (int) Math.min(deleted.size(), (long) from + paging.pageLength());
    for (int i = from; i < to; i++) {
      DeletedDomain entry = deleted.get(i);
      ObjectNode item = items.addObject();
      item.put("name", entry.name());
      item.put("tld", entry.tld());
      item.put("tsDeleted", Dates.timestamp(entry.deletedAt()));
      item.put("info", entry.info());
    }
    ObjectNode data = Json.object();
    data.set("queryInfo", paging.queryInfo(items.size(), deleted.size()));
    data.set("domains", items);
    return ApiResult.of(data);
  }

  /** Oldest first. */
  private static ApiResult history(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    Paging paging = Paging.of(params);
    List<HistoryEntry> history = domain.history == null ? List.of() : domain.history;
    ArrayNode items = Json.array();
    int from = paging.from();
    int to = (int) Math.min(history.size(), (long) from + paging.pageLength());
    for (int i = from; i < to; i++) {
      HistoryEntry entry = history.get(i);
      ObjectNode item = items.addObject();
      item.put("ts", Dates.timestamp(entry.epochSecond()));
      item.put("ip", entry.ip());
      item.put("user", entry.user());
      item.put("title", entry.title());
      item.put("message", entry.message());
    }
    ObjectNode data = Json.object();
    data.set("queryInfo", paging.queryInfo(items.size(), history.size()));
    data.set("history", items);
    return ApiResult.of(data);
  }
}
