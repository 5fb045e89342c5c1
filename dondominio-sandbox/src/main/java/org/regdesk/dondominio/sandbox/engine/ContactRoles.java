package org.regdesk.dondominio.sandbox.engine;

import java.util.Optional;

/**
 * The four contact roles of a create, transfer or contact update. On create and transfer the owner
 * is required and the others default as §4 says: admin to owner, tech and billing to admin.
 */
record ContactRoles(
    Optional<ContactChoice> owner,
    Optional<ContactChoice> admin,
    Optional<ContactChoice> tech,
    Optional<ContactChoice> billing) {

  static final String[] ROLES = {"owner", "admin", "tech", "billing"};

  static ContactRoles read(SandboxState state, Params params, Tld zone) {
    boolean spanish = zone.top().equals("es");
    return new ContactRoles(
        ContactChoice.read(state, params, "owner", spanish),
        ContactChoice.read(state, params, "admin", spanish),
        ContactChoice.read(state, params, "tech", spanish),
        ContactChoice.read(state, params, "billing", spanish));
  }

  /** For create and transfer: 101 when the owner is given neither by ID nor inline. */
  ContactRoles requireOwner() {
    if (owner.isEmpty()) {
      throw ApiError.missing("ownerContactID", "or the inline ownerContact* fields");
    }
    return this;
  }

  /** For contact updates: 101 when no role is given at all. */
  ContactRoles requireAny() {
    if (owner.isEmpty() && admin.isEmpty() && tech.isEmpty() && billing.isEmpty()) {
      throw new ApiError(
          ErrorCodes.PARAMETER_FAULT,
          "Missing parameter: ownerContactID, adminContactID, techContactID or billingContactID"
              + " (or inline contact fields)");
    }
    return this;
  }

  /** Sets all four roles with the §4 defaults (create and transfer). */
  void assignAll(Domain domain, SandboxState state, CallContext call) {
    domain.owner = owner.orElseThrow().resolve(state, call);
    domain.admin = admin.map(c -> c.resolve(state, call)).orElse(domain.owner);
    domain.tech = tech.map(c -> c.resolve(state, call)).orElse(domain.admin);
    domain.billing = billing.map(c -> c.resolve(state, call)).orElse(domain.admin);
  }

  /** Replaces only the roles given (contact updates); returns which were changed. */
  String assignGiven(Domain domain, SandboxState state, CallContext call) {
    StringBuilder changed = new StringBuilder();
    if (owner.isPresent()) {
      domain.owner = owner.get().resolve(state, call);
      changed.append("owner ");
    }
    if (admin.isPresent()) {
      domain.admin = admin.get().resolve(state, call);
      changed.append("admin ");
    }
    if (tech.isPresent()) {
      domain.tech = tech.get().resolve(state, call);
      changed.append("tech ");
    }
    if (billing.isPresent()) {
      domain.billing = billing.get().resolve(state, call);
      changed.append("billing ");
    }
    return changed.toString().strip();
  }
}
