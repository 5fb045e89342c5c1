package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code domain/gluerecordcreate}, {@code gluerecordupdate} and {@code gluerecorddelete}. Hosts
 * must be under the domain, addresses public; creating an existing host or changing a missing one
 * is 2200. Each answers the base fields and the glue records as they now are.
 */
final class GlueRecordActions {
  static final int MAX_GLUE_RECORDS = 13;

  private GlueRecordActions() {}

  static void register(ActionTable table) {
    table.writes("domain/gluerecordcreate", GlueRecordActions::create);
    table.writes("domain/gluerecordupdate", GlueRecordActions::update);
    table.writes("domain/gluerecorddelete", GlueRecordActions::delete);
  }

  private static ApiResult create(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    UpdateGate.requireModifiable(domain);
    GlueRecord glue = read(domain, params);
    if (indexOf(domain, glue.host()) >= 0) {
      throw new ApiError(ErrorCodes.UPDATE_ERROR, "Glue record " + glue.host() + " already exists");
    }
    if (domain.glueRecords().size() >= MAX_GLUE_RECORDS) {
      throw new ApiError(
          ErrorCodes.UPDATE_ERROR, "At most " + MAX_GLUE_RECORDS + " glue records per domain");
    }
    List<GlueRecord> next = new ArrayList<>(domain.glueRecords());
    next.add(glue);
    return apply(domain, next, call, "Glue record " + glue.host() + " created");
  }

  private static ApiResult update(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    UpdateGate.requireModifiable(domain);
    GlueRecord glue = read(domain, params);
    int index = requireExisting(domain, glue.host());
    List<GlueRecord> next = new ArrayList<>(domain.glueRecords());
    next.set(index, glue);
    return apply(domain, next, call, "Glue record " + glue.host() + " updated");
  }

  private static ApiResult delete(SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    UpdateGate.requireModifiable(domain);
    String host = GlueRecord.hostUnder(domain.name, params.required("name"));
    int index = requireExisting(domain, host);
    List<GlueRecord> next = new ArrayList<>(domain.glueRecords());
    next.remove(index);
    return apply(domain, next, call, "Glue record " + host + " deleted");
  }

  private static GlueRecord read(Domain domain, Params params) {
    return GlueRecord.of(
        domain.name,
        params.required("name"),
        params.required("ipv4"),
        params.text("ipv6").orElse(""));
  }

  private static int indexOf(Domain domain, String host) {
    List<GlueRecord> records = domain.glueRecords();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).host().equals(host)) {
        return i;
      }
    }
    return -1;
  }

  private static int requireExisting(Domain domain, String host) {
    int index = indexOf(domain, host);
    if (index < 0) {
      throw new ApiError(ErrorCodes.UPDATE_ERROR, "Glue record " + host + " does not exist");
    }
    return index;
  }

  private static ApiResult apply(
      Domain domain, List<GlueRecord> next, CallContext call, String message) {
    domain.glue = next.isEmpty() ? null : List.copyOf(next);
    domain.record(call.history("Glue records", message));
    ObjectNode data = DomainViews.base(domain);
    DomainViews.addGlueRecords(data, domain);
    return ApiResult.of(data);
  }
}
