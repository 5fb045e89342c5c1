package org.regdesk.dondominio.sandbox.engine;

import java.util.Optional;

/**
 * The {@code domain} or {@code domainID} of every per-domain action (§3). A {@code domain} made of
 * digits only is read as an ID, as the official SDK would have sent it.
 */
final class DomainSelector {
  private DomainSelector() {}

  /** The selected domain; 101 when neither is sent, 2001/2002 for a bad name, 2008 when absent. */
  static Domain require(SandboxState state, Params params) {
    Optional<String> name = params.text("domain");
    if (name.isPresent()) {
      String value = name.get();
      if (isDigits(value)) {
        return byId(state, "domain", value);
      }
      DomainName parsed = DomainName.parse(value, state.catalogue);
      return state.domains.byName(parsed.ascii()).orElseThrow(() -> notFound(parsed.unicode()));
    }
    Optional<String> id = params.text("domainID");
    if (id.isPresent()) {
      return byId(state, "domainID", id.get());
    }
    throw ApiError.missing("domain");
  }

  private static Domain byId(SandboxState state, String field, String value) {
    int id;
    try {
      id = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiError.invalid(field, "expected a domain name or a numeric domain ID");
    }
    return state.domains.byId(id).orElseThrow(() -> notFound("ID " + value));
  }

  static ApiError notFound(String what) {
    return new ApiError(ErrorCodes.DOMAIN_NOT_FOUND, "Domain not found: " + what);
  }

  private static boolean isDigits(String value) {
    if (value.isEmpty() || value.length() > 10) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
