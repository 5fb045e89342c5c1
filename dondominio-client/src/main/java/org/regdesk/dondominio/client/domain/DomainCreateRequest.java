package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.ContactFields;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.Period;
import org.regdesk.dondominio.client.value.TldExtras;

/**
 * {@code domain/create}: registers a domain and charges the account balance. Never resent
 * automatically: after a transport failure that may have reached the server, look the domain up
 * before trying again.
 *
 * @param domain the domain to register
 * @param period the years to register; empty for the TLD's default
 * @param premium whether the caller accepts premium pricing (required for premium names; sent only
 *     when true)
 * @param nameservers host names or {@code parking}; empty for the server default ({@code parking})
 * @param contacts owner (required) and optional admin, tech and billing contacts
 * @param extras registry-specific parameters
 */
public record DomainCreateRequest(
    DomainName domain,
    Optional<Period> period,
    boolean premium,
    Optional<Nameservers> nameservers,
    DomainContacts contacts,
    TldExtras extras)
    implements ApiRequest<DomainCreateResponse> {

  /** Checks the parts; create accepts host names or {@code parking} only. */
  public DomainCreateRequest {
    Checks.required(domain, "domain");
    Checks.optional(period, "period");
    Checks.optional(nameservers, "nameservers")
        .ifPresent(
            ns -> {
              if (ns.kind() != Nameservers.Kind.HOSTS && ns.kind() != Nameservers.Kind.PARKING) {
                throw new InvalidRequestValueException(
                    "nameservers",
                    "domain/create accepts host names or parking, not " + ns.kind().keyword());
              }
            });
    Checks.required(contacts, "ownerContact");
    Checks.required(extras, "extras");
  }

  /** Starts a builder for {@code domain} with owner and other contacts from {@code contacts}. */
  public static Builder builder(DomainName domain, DomainContacts contacts) {
    return new Builder(domain, contacts);
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_CREATE;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form = FormParameters.builder().add("domain", domain.ascii());
    period.ifPresent(p -> form.add("period", p.years()));
    if (premium) {
      form.flag("premium", true);
    }
    nameservers.ifPresent(ns -> form.add("nameservers", ns.wireValue()));
    ContactFields.writeRoles(form, contacts.byRole());
    TldExtraFields.write(form, extras);
    return form.build();
  }

  @Override
  public DomainCreateResponse parseResponse(ResponseData data) {
    return DomainCreateResponse.from(data);
  }

  /** Builds a {@link DomainCreateRequest}. */
  public static final class Builder {
    private final DomainName domain;
    private final DomainContacts contacts;
    private Optional<Period> period = Optional.empty();
    private boolean premium;
    private Optional<Nameservers> nameservers = Optional.empty();
    private TldExtras extras = TldExtras.none();

    private Builder(DomainName domain, DomainContacts contacts) {
      this.domain = domain;
      this.contacts = contacts;
    }

    /** Years to register. */
    public Builder period(Period period) {
      this.period = Optional.of(Checks.required(period, "period"));
      return this;
    }

    /** Accepts premium pricing. */
    public Builder premium(boolean premium) {
      this.premium = premium;
      return this;
    }

    /** Name servers: host names or {@code parking}. */
    public Builder nameservers(Nameservers nameservers) {
      this.nameservers = Optional.of(Checks.required(nameservers, "nameservers"));
      return this;
    }

    /** Registry-specific parameters. */
    public Builder extras(TldExtras extras) {
      this.extras = Checks.required(extras, "extras");
      return this;
    }

    /** Validates and builds. */
    public DomainCreateRequest build() {
      return new DomainCreateRequest(domain, period, premium, nameservers, contacts, extras);
    }
  }
}
