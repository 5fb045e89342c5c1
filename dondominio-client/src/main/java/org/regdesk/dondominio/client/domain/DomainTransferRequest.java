package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.ContactFields;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.FoaContact;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.TldExtras;

/**
 * {@code domain/transfer}: transfers a domain into the account and charges the balance. Never
 * resent automatically. The auth code is a secret and never shown by {@link #toString()}.
 *
 * @param domain the domain to transfer
 * @param nameservers host names, {@code parking} or {@code keepns}; empty for the server default
 *     ({@code parking})
 * @param authcode the transfer auth code; most TLDs need one
 * @param foaContact who receives the transfer authorisation mail
 * @param contacts owner (required) and optional admin, tech and billing contacts
 * @param extras registry-specific parameters
 */
public record DomainTransferRequest(
    DomainName domain,
    Optional<Nameservers> nameservers,
    Optional<AuthCode> authcode,
    Optional<FoaContact> foaContact,
    DomainContacts contacts,
    TldExtras extras)
    implements ApiRequest<DomainTransferResponse> {

  /** Checks the parts; transfer accepts host names, {@code parking} or {@code keepns}. */
  public DomainTransferRequest {
    Checks.required(domain, "domain");
    Checks.optional(nameservers, "nameservers")
        .ifPresent(
            ns -> {
              if (ns.kind() == Nameservers.Kind.DONDOMINIO_DEFAULT) {
                throw new InvalidRequestValueException(
                    "nameservers", "domain/transfer accepts host names, parking or keepns");
              }
            });
    Checks.optional(authcode, "authcode");
    Checks.optional(foaContact, "foacontact");
    Checks.required(contacts, "ownerContact");
    Checks.required(extras, "extras");
  }

  /** Starts a builder for {@code domain} with owner and other contacts from {@code contacts}. */
  public static Builder builder(DomainName domain, DomainContacts contacts) {
    return new Builder(domain, contacts);
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_TRANSFER;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form = FormParameters.builder().add("domain", domain.ascii());
    nameservers.ifPresent(ns -> form.add("nameservers", ns.wireValue()));
    authcode.ifPresent(code -> form.secret("authcode", code.reveal()));
    foaContact.ifPresent(foa -> form.add("foacontact", foa.wireValue()));
    ContactFields.writeRoles(form, contacts.byRole());
    TldExtraFields.write(form, extras);
    return form.build();
  }

  @Override
  public DomainTransferResponse parseResponse(ResponseData data) {
    return DomainTransferResponse.from(data);
  }

  /** Builds a {@link DomainTransferRequest}. */
  public static final class Builder {
    private final DomainName domain;
    private final DomainContacts contacts;
    private Optional<Nameservers> nameservers = Optional.empty();
    private Optional<AuthCode> authcode = Optional.empty();
    private Optional<FoaContact> foaContact = Optional.empty();
    private TldExtras extras = TldExtras.none();

    private Builder(DomainName domain, DomainContacts contacts) {
      this.domain = domain;
      this.contacts = contacts;
    }

    /** Name servers: host names, {@code parking} or {@code keepns}. */
    public Builder nameservers(Nameservers nameservers) {
      this.nameservers = Optional.of(Checks.required(nameservers, "nameservers"));
      return this;
    }

    /** The transfer auth code. */
    public Builder authcode(AuthCode authcode) {
      this.authcode = Optional.of(Checks.required(authcode, "authcode"));
      return this;
    }

    /** Who receives the authorisation mail. */
    public Builder foaContact(FoaContact foaContact) {
      this.foaContact = Optional.of(Checks.required(foaContact, "foacontact"));
      return this;
    }

    /** Registry-specific parameters. */
    public Builder extras(TldExtras extras) {
      this.extras = Checks.required(extras, "extras");
      return this;
    }

    /** Validates and builds. */
    public DomainTransferRequest build() {
      return new DomainTransferRequest(domain, nameservers, authcode, foaContact, contacts, extras);
    }

    /** Never shows the auth code. */
    @Override
    public String toString() {
      return "DomainTransferRequest.Builder[domain="
          + domain
          + ", authcode="
          + (authcode.isPresent() ? "****" : "none")
          + "]";
    }
  }
}
