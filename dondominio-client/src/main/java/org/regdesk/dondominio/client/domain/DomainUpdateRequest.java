package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.ContactFields;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.RenewalMode;

/**
 * {@code domain/update}: changes one aspect of a domain, chosen by {@code updateType}. One record
 * per update type; each is a write and never resent automatically. The answer is the domain's base
 * fields.
 */
public sealed interface DomainUpdateRequest extends ApiRequest<DomainSummary>
    permits DomainUpdateRequest.ContactsUpdate,
        DomainUpdateRequest.NameserversUpdate,
        DomainUpdateRequest.TransferBlockUpdate,
        DomainUpdateRequest.BlockUpdate,
        DomainUpdateRequest.WhoisPrivacyUpdate,
        DomainUpdateRequest.RenewalModeUpdate,
        DomainUpdateRequest.TagUpdate,
        DomainUpdateRequest.ViewWhoisUpdate {

  /** The domain to update. */
  DomainSelector domain();

  /** The {@code updateType} value. */
  String updateType();

  /** Writes the fields of this update type. */
  void writeFields(FormParameters.Builder form);

  @Override
  default ApiAction action() {
    return ApiAction.DOMAIN_UPDATE;
  }

  @Override
  default FormParameters parameters() {
    FormParameters.Builder form =
        FormParameters.builder()
            .add(domain().parameterName(), domain().parameterValue())
            .add("updateType", updateType());
    writeFields(form);
    return form.build();
  }

  @Override
  default DomainSummary parseResponse(ResponseData data) {
    return DomainSummary.from(data);
  }

  /** Changes contacts ({@code updateType=contact}). */
  static DomainUpdateRequest contacts(DomainSelector domain, ContactChanges changes) {
    return new ContactsUpdate(domain, changes);
  }

  /** Changes name servers ({@code updateType=nameservers}). */
  static DomainUpdateRequest nameservers(DomainSelector domain, Nameservers nameservers) {
    return new NameserversUpdate(domain, nameservers);
  }

  /** Turns the registrar transfer lock on or off ({@code updateType=transferBlock}). */
  static DomainUpdateRequest transferBlock(DomainSelector domain, boolean locked) {
    return new TransferBlockUpdate(domain, locked);
  }

  /** Turns the modification lock on or off ({@code updateType=block}). */
  static DomainUpdateRequest block(DomainSelector domain, boolean blocked) {
    return new BlockUpdate(domain, blocked);
  }

  /** Turns WHOIS privacy on or off ({@code updateType=whoisPrivacy}). */
  static DomainUpdateRequest whoisPrivacy(DomainSelector domain, boolean enabled) {
    return new WhoisPrivacyUpdate(domain, enabled);
  }

  /** Sets the renewal mode ({@code updateType=renewalMode}). */
  static DomainUpdateRequest renewalMode(DomainSelector domain, RenewalMode mode) {
    return new RenewalModeUpdate(domain, mode);
  }

  /** Sets the tag ({@code updateType=tag}). */
  static DomainUpdateRequest tag(DomainSelector domain, String tag) {
    return new TagUpdate(domain, tag);
  }

  /** Sets the WHOIS visibility flag ({@code updateType=viewWhois}). */
  static DomainUpdateRequest viewWhois(DomainSelector domain, boolean visible) {
    return new ViewWhoisUpdate(domain, visible);
  }

  /**
   * {@code updateType=contact}: new contacts for the roles given.
   *
   * @param domain the domain
   * @param changes the roles to change
   */
  record ContactsUpdate(DomainSelector domain, ContactChanges changes)
      implements DomainUpdateRequest {
    /** Checks the parts. */
    public ContactsUpdate {
      Checks.required(domain, "domain");
      Checks.required(changes, "contacts");
    }

    @Override
    public String updateType() {
      return "contact";
    }

    @Override
    public void writeFields(FormParameters.Builder form) {
      ContactFields.writeRoles(form, changes.byRole());
    }
  }

  /**
   * {@code updateType=nameservers}: two to seven host names, or {@code default}.
   *
   * @param domain the domain
   * @param nameservers the name servers
   */
  record NameserversUpdate(DomainSelector domain, Nameservers nameservers)
      implements DomainUpdateRequest {
    /** Checks the parts; updates accept host names or {@code default}. */
    public NameserversUpdate {
      Checks.required(domain, "domain");
      checkForUpdate(nameservers);
    }

    @Override
    public String updateType() {
      return "nameservers";
    }

    @Override
    public void writeFields(FormParameters.Builder form) {
      form.add("nameservers", nameservers.wireValue());
    }
  }

  /**
   * {@code updateType=transferBlock}: the registrar transfer lock. Not every TLD has one; see
   * {@link DomainStatusInfo#transferBlock()}.
   *
   * @param domain the domain
   * @param locked whether transfers are blocked
   */
  record TransferBlockUpdate(DomainSelector domain, boolean locked) implements DomainUpdateRequest {
    /** Checks the domain. */
    public TransferBlockUpdate {
      Checks.required(domain, "domain");
    }

    @Override
    public String updateType() {
      return "transferBlock";
    }

    @Override
    public void writeFields(FormParameters.Builder form) {
      form.flag("transferBlock", locked);
    }
  }

  /**
   * {@code updateType=block}: the modification lock ({@code modifyBlock} in getinfo).
   *
   * @param domain the domain
   * @param blocked whether modifications are blocked
   */
  record BlockUpdate(DomainSelector domain, boolean blocked) implements DomainUpdateRequest {
    /** Checks the domain. */
    public BlockUpdate {
      Checks.required(domain, "domain");
    }

    @Override
    public String updateType() {
      return "block";
    }

    @Override
    public void writeFields(FormParameters.Builder form) {
      form.flag("block", blocked);
    }
  }

  /**
   * {@code updateType=whoisPrivacy}: the WHOIS privacy service.
   *
   * @param domain the domain
   * @param enabled whether privacy is on
   */
  record WhoisPrivacyUpdate(DomainSelector domain, boolean enabled) implements DomainUpdateRequest {
    /** Checks the domain. */
    public WhoisPrivacyUpdate {
      Checks.required(domain, "domain");
    }

    @Override
    public String updateType() {
      return "whoisPrivacy";
    }

    @Override
    public void writeFields(FormParameters.Builder form) {
      form.flag("whoisPrivacy", enabled);
    }
  }

  /**
   * {@code updateType=renewalMode}.
   *
   * @param domain the domain
   * @param mode the renewal mode; not {@link RenewalMode#UNKNOWN}
   */
  record RenewalModeUpdate(DomainSelector domain, RenewalMode mode) implements DomainUpdateRequest {
    /** Checks the parts. */
    public RenewalModeUpdate {
      Checks.required(domain, "domain");
      Checks.required(mode, "renewalMode");
      if (mode == RenewalMode.UNKNOWN) {
        throw new InvalidRequestValueException(
            "renewalMode", "must be autorenew, manual or letexpire");
      }
    }

    @Override
    public String updateType() {
      return "renewalMode";
    }

    @Override
    public void writeFields(FormParameters.Builder form) {
      form.add("renewalMode", mode.wireValue());
    }
  }

  /**
   * {@code updateType=tag}: a free tag, or several joined with commas.
   *
   * @param domain the domain
   * @param tag the tag text; not blank (the server treats an empty value as missing)
   */
  record TagUpdate(DomainSelector domain, String tag) implements DomainUpdateRequest {
    /** Checks the parts. */
    public TagUpdate {
      Checks.required(domain, "domain");
      Checks.text(tag, "tag");
    }

    @Override
    public String updateType() {
      return "tag";
    }

    @Override
    public void writeFields(FormParameters.Builder form) {
      form.add("tag", tag);
    }
  }

  /**
   * {@code updateType=viewWhois}. The API does not document its meaning beyond the flag.
   *
   * @param domain the domain
   * @param visible the flag
   */
  record ViewWhoisUpdate(DomainSelector domain, boolean visible) implements DomainUpdateRequest {
    /** Checks the domain. */
    public ViewWhoisUpdate {
      Checks.required(domain, "domain");
    }

    @Override
    public String updateType() {
      return "viewWhois";
    }

    @Override
    public void writeFields(FormParameters.Builder form) {
      form.flag("viewWhois", visible);
    }
  }

  /**
   * Checks that name servers suit an update: host names or {@code default}.
   *
   * @throws InvalidRequestValueException naming {@code nameservers}
   */
  static void checkForUpdate(Nameservers nameservers) {
    Checks.required(nameservers, "nameservers");
    if (nameservers.kind() != Nameservers.Kind.HOSTS
        && nameservers.kind() != Nameservers.Kind.DONDOMINIO_DEFAULT) {
      throw new InvalidRequestValueException(
          "nameservers",
          "updates accept host names or default, not " + nameservers.kind().keyword());
    }
  }
}
