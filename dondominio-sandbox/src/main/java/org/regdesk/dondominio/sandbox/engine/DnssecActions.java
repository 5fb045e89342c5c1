package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code domain/dnsseccreate} and {@code domain/dnssecdelete}. An entry is identified by its four
 * values; the {@code name} parameter of {@code dnssecdelete}, whose meaning the API leaves open, is
 * accepted and ignored. Duplicates and deleting a missing entry are 2200.
 */
final class DnssecActions {
  static final int MAX_ENTRIES = 8;

  private DnssecActions() {}

  static void register(ActionTable table) {
    table.writes("domain/dnsseccreate", DnssecActions::create);
    table.writes("domain/dnssecdelete", DnssecActions::delete);
  }

  private static ApiResult create(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    UpdateGate.requireModifiable(domain);
    DsRecord entry = DsRecord.of(params);
    if (domain.dsRecords().contains(entry)) {
      throw new ApiError(ErrorCodes.UPDATE_ERROR, "This DNSSEC entry already exists");
    }
    if (domain.dsRecords().size() >= MAX_ENTRIES) {
      throw new ApiError(
          ErrorCodes.UPDATE_ERROR, "At most " + MAX_ENTRIES + " DNSSEC entries per domain");
    }
    List<DsRecord> next = new ArrayList<>(domain.dsRecords());
    next.add(entry);
    return apply(domain, next, call, "DNSSEC entry with keytag " + entry.keytag() + " added");
  }

  private static ApiResult delete(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    UpdateGate.requireModifiable(domain);
    DsRecord entry = DsRecord.of(params);
    if (!domain.dsRecords().contains(entry)) {
      throw new ApiError(ErrorCodes.UPDATE_ERROR, "No such DNSSEC entry");
    }
    List<DsRecord> next = new ArrayList<>(domain.dsRecords());
    next.remove(entry);
    return apply(domain, next, call, "DNSSEC entry with keytag " + entry.keytag() + " removed");
  }

  private static ApiResult apply(
      Domain domain, List<DsRecord> next, CallContext call, String message) {
    domain.dnssec = next.isEmpty() ? null : List.copyOf(next);
    domain.record(call.history("DNSSEC", message));
    ObjectNode data = DomainViews.base(domain);
    DomainViews.addDnssec(data, domain);
    return ApiResult.of(data);
  }
}
