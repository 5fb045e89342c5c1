package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.internal.Checks;

/**
 * Which domain a per-domain call is about: by {@link DomainName name} (sent as {@code domain}) or
 * by {@link DomainId numeric ID} (sent as {@code domainID}). Every per-domain action accepts
 * either.
 */
public sealed interface DomainSelector permits DomainSelector.ByName, DomainSelector.ById {

  /** The wire parameter name: {@code domain} or {@code domainID}. */
  String parameterName();

  /** The wire parameter value. */
  String parameterValue();

  /** Selects by name. */
  static DomainSelector of(DomainName name) {
    return new ByName(name);
  }

  /** Selects by ID. */
  static DomainSelector of(DomainId id) {
    return new ById(id);
  }

  /**
   * Chooses like the official SDK does: text with a dot after the first character is a name,
   * anything else must be a numeric ID.
   */
  static DomainSelector parse(String text) {
    Checks.required(text, "domain");
    if (text.indexOf('.') > 0) {
      return new ByName(DomainName.parse(text, "domain"));
    }
    return new ById(DomainId.parse(text));
  }

  /**
   * A domain selected by name.
   *
   * @param name the domain name
   */
  record ByName(DomainName name) implements DomainSelector {
    /** Checks the name is present. */
    public ByName {
      Checks.required(name, "domain");
    }

    @Override
    public String parameterName() {
      return "domain";
    }

    @Override
    public String parameterValue() {
      return name.ascii();
    }
  }

  /**
   * A domain selected by its numeric ID.
   *
   * @param id the domain ID
   */
  record ById(DomainId id) implements DomainSelector {
    /** Checks the ID is present. */
    public ById {
      Checks.required(id, "domainID");
    }

    @Override
    public String parameterName() {
      return "domainID";
    }

    @Override
    public String parameterValue() {
      return id.toString();
    }
  }
}
