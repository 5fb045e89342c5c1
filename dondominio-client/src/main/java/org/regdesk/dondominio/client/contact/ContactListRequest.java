package org.regdesk.dondominio.client.contact;

import java.util.Optional;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.PagedRequest;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.CountryCode;
import org.regdesk.dondominio.client.value.EmailAddress;
import org.regdesk.dondominio.client.value.VerificationStatus;

/**
 * {@code contact/list}: the account's contacts, paged and filtered. Only filters that are set are
 * sent.
 *
 * @param paging which page
 * @param name only contacts whose name matches
 * @param email only contacts with exactly this e-mail
 * @param country only contacts in this country
 * @param identNumber only contacts with exactly this identity number
 * @param verificationStatus only contacts with this verification status
 * @param designatedAgentAccepted only contacts that have ({@code true}) or have not accepted the
 *     designated agent
 */
public record ContactListRequest(
    Paging paging,
    Optional<String> name,
    Optional<EmailAddress> email,
    Optional<CountryCode> country,
    Optional<String> identNumber,
    Optional<VerificationStatus> verificationStatus,
    Optional<Boolean> designatedAgentAccepted)
    implements PagedRequest<ContactSummary> {

  /** Checks the filters. */
  public ContactListRequest {
    Checks.required(paging, "paging");
    Checks.optional(name, "name").ifPresent(n -> Checks.text(n, "name"));
    Checks.optional(email, "email");
    Checks.optional(country, "country");
    Checks.optional(identNumber, "identNumber").ifPresent(n -> Checks.text(n, "identNumber"));
    Checks.optional(verificationStatus, "verificationstatus")
        .filter(s -> s == VerificationStatus.UNKNOWN)
        .ifPresent(
            s -> {
              throw new InvalidRequestValueException(
                  "verificationstatus", "must be a known verification status");
            });
    Checks.optional(designatedAgentAccepted, "daaccepted");
  }

  /** All contacts, first page at the server's default length. */
  public static ContactListRequest all() {
    return builder().build();
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public int page() {
    return paging.page();
  }

  @Override
  public ContactListRequest atPage(int page) {
    return new ContactListRequest(
        paging.atPage(page),
        name,
        email,
        country,
        identNumber,
        verificationStatus,
        designatedAgentAccepted);
  }

  @Override
  public ApiAction action() {
    return ApiAction.CONTACT_LIST;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form = FormParameters.builder();
    paging.writeTo(form);
    form.add("name", name);
    form.add("email", email.map(EmailAddress::value));
    form.add("country", country.map(CountryCode::value));
    form.add("identNumber", identNumber);
    form.add("verificationstatus", verificationStatus.map(VerificationStatus::wireValue));
    form.flag("daaccepted", designatedAgentAccepted);
    return form.build();
  }

  @Override
  public Page<ContactSummary> parseResponse(ResponseData data) {
    return Page.read(data, "contacts", paging.page(), ContactSummary::from);
  }

  /** Builds a {@link ContactListRequest}. */
  public static final class Builder {
    private Paging paging = Paging.firstPage();
    private Optional<String> name = Optional.empty();
    private Optional<EmailAddress> email = Optional.empty();
    private Optional<CountryCode> country = Optional.empty();
    private Optional<String> identNumber = Optional.empty();
    private Optional<VerificationStatus> verificationStatus = Optional.empty();
    private Optional<Boolean> designatedAgentAccepted = Optional.empty();

    private Builder() {}

    /** Which page and page length. */
    public Builder paging(Paging paging) {
      this.paging = Checks.required(paging, "paging");
      return this;
    }

    /** Only contacts whose name matches. */
    public Builder name(String name) {
      this.name = Optional.of(Checks.text(name, "name"));
      return this;
    }

    /** Only contacts with exactly this e-mail. */
    public Builder email(String email) {
      this.email = Optional.of(EmailAddress.parse(email, "email"));
      return this;
    }

    /** Only contacts in this country. */
    public Builder country(String country) {
      this.country = Optional.of(CountryCode.parse(country, "country"));
      return this;
    }

    /** Only contacts with exactly this identity number. */
    public Builder identNumber(String identNumber) {
      this.identNumber = Optional.of(Checks.text(identNumber, "identNumber"));
      return this;
    }

    /** Only contacts with this verification status. */
    public Builder verificationStatus(VerificationStatus status) {
      this.verificationStatus = Optional.of(Checks.required(status, "verificationstatus"));
      return this;
    }

    /** Only contacts that have or have not accepted the designated agent. */
    public Builder designatedAgentAccepted(boolean accepted) {
      this.designatedAgentAccepted = Optional.of(accepted);
      return this;
    }

    /** Validates and builds. */
    public ContactListRequest build() {
      return new ContactListRequest(
          paging, name, email, country, identNumber, verificationStatus, designatedAgentAccepted);
    }
  }
}
