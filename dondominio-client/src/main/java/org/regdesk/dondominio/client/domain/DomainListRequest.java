package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.PagedRequest;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.RenewalMode;
import org.regdesk.dondominio.client.value.VerificationStatus;

/**
 * {@code domain/list}: the account's domains, paged and filtered. Only filters that are set are
 * sent.
 *
 * @param info what each item carries ({@code infoType}) and so the item type
 * @param paging which page
 * @param domain only this domain (exact match)
 * @param word only names containing this text
 * @param tld only this TLD, without leading dot
 * @param renewable only renewable ({@code true}) or non-renewable ({@code false}) domains
 * @param owner only domains of this owner (the API does not document the format; commonly a contact
 *     ID)
 * @param tag only domains with this tag
 * @param status only domains in this status
 * @param ownerVerification only domains whose owner has this verification status
 * @param renewalMode only domains with this renewal mode
 * @param <T> the item type
 */
public record DomainListRequest<T>(
    DomainListInfo<T> info,
    Paging paging,
    Optional<DomainName> domain,
    Optional<String> word,
    Optional<String> tld,
    Optional<Boolean> renewable,
    Optional<String> owner,
    Optional<String> tag,
    Optional<DomainStatus> status,
    Optional<VerificationStatus> ownerVerification,
    Optional<RenewalMode> renewalMode)
    implements PagedRequest<T> {

  /** Checks the filters. */
  public DomainListRequest {
    Checks.required(info, "infoType");
    Checks.required(paging, "paging");
    Checks.optional(domain, "domain");
    Checks.optional(word, "word").ifPresent(w -> Checks.text(w, "word"));
    tld = Checks.optional(tld, "tld").map(t -> Checks.tld(t, "tld"));
    Checks.optional(renewable, "renewable");
    Checks.optional(owner, "owner").ifPresent(o -> Checks.text(o, "owner"));
    Checks.optional(tag, "tag").ifPresent(t -> Checks.text(t, "tag"));
    Checks.optional(status, "status")
        .filter(s -> s == DomainStatus.UNKNOWN)
        .ifPresent(
            s -> {
              throw new InvalidRequestValueException("status", "must be a known domain status");
            });
    Checks.optional(ownerVerification, "ownerverification")
        .filter(s -> s == VerificationStatus.UNKNOWN)
        .ifPresent(
            s -> {
              throw new InvalidRequestValueException(
                  "ownerverification", "must be a known verification status");
            });
    Checks.optional(renewalMode, "renewalMode")
        .filter(m -> m == RenewalMode.UNKNOWN)
        .ifPresent(
            m -> {
              throw new InvalidRequestValueException("renewalMode", "must be a known mode");
            });
  }

  /** All domains, base fields, first page at the server's default length. */
  public static DomainListRequest<DomainSummary> all() {
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
  public DomainListRequest<T> atPage(int page) {
    return new DomainListRequest<>(
        info,
        paging.atPage(page),
        domain,
        word,
        tld,
        renewable,
        owner,
        tag,
        status,
        ownerVerification,
        renewalMode);
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_LIST;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form = FormParameters.builder();
    paging.writeTo(form);
    form.add("domain", domain.map(DomainName::ascii));
    form.add("word", word);
    form.add("tld", tld);
    form.flag("renewable", renewable);
    form.add("infoType", info.infoType());
    form.add("owner", owner);
    form.add("tag", tag);
    form.add("status", status.map(DomainStatus::wireValue));
    form.add("ownerverification", ownerVerification.map(VerificationStatus::wireValue));
    form.add("renewalMode", renewalMode.map(RenewalMode::wireValue));
    return form.build();
  }

  @Override
  public Page<T> parseResponse(ResponseData data) {
    return Page.read(data, "domains", paging.page(), info::read);
  }

  /**
   * Builds a {@link DomainListRequest}; the item type is fixed by {@link #build(DomainListInfo)}.
   */
  public static final class Builder {
    private Paging paging = Paging.firstPage();
    private Optional<DomainName> domain = Optional.empty();
    private Optional<String> word = Optional.empty();
    private Optional<String> tld = Optional.empty();
    private Optional<Boolean> renewable = Optional.empty();
    private Optional<String> owner = Optional.empty();
    private Optional<String> tag = Optional.empty();
    private Optional<DomainStatus> status = Optional.empty();
    private Optional<VerificationStatus> ownerVerification = Optional.empty();
    private Optional<RenewalMode> renewalMode = Optional.empty();

    private Builder() {}

    /** Which page and page length. */
    public Builder paging(Paging paging) {
      this.paging = Checks.required(paging, "paging");
      return this;
    }

    /** Items per page, 1 to 1000. */
    public Builder pageLength(int pageLength) {
      this.paging = new Paging(paging.page(), Optional.of(pageLength));
      return this;
    }

    /** Only this domain. */
    public Builder domain(DomainName domain) {
      this.domain = Optional.of(Checks.required(domain, "domain"));
      return this;
    }

    /** Only names containing this text. */
    public Builder word(String word) {
      this.word = Optional.of(Checks.text(word, "word"));
      return this;
    }

    /** Only this TLD, without leading dot. */
    public Builder tld(String tld) {
      this.tld = Optional.of(Checks.tld(tld, "tld"));
      return this;
    }

    /** Only renewable or non-renewable domains. */
    public Builder renewable(boolean renewable) {
      this.renewable = Optional.of(renewable);
      return this;
    }

    /** Only domains of this owner. */
    public Builder owner(String owner) {
      this.owner = Optional.of(Checks.text(owner, "owner"));
      return this;
    }

    /** Only domains with this tag. */
    public Builder tag(String tag) {
      this.tag = Optional.of(Checks.text(tag, "tag"));
      return this;
    }

    /** Only domains in this status. */
    public Builder status(DomainStatus status) {
      this.status = Optional.of(Checks.required(status, "status"));
      return this;
    }

    /** Only domains whose owner has this verification status. */
    public Builder ownerVerification(VerificationStatus status) {
      this.ownerVerification = Optional.of(Checks.required(status, "ownerverification"));
      return this;
    }

    /** Only domains with this renewal mode. */
    public Builder renewalMode(RenewalMode mode) {
      this.renewalMode = Optional.of(Checks.required(mode, "renewalMode"));
      return this;
    }

    /** Builds a request whose items carry the base fields only. */
    public DomainListRequest<DomainSummary> build() {
      return build(DomainListInfo.SUMMARY);
    }

    /** Builds a request whose items carry {@code info}. */
    public <T> DomainListRequest<T> build(DomainListInfo<T> info) {
      return new DomainListRequest<>(
          info,
          paging,
          domain,
          word,
          tld,
          renewable,
          owner,
          tag,
          status,
          ownerVerification,
          renewalMode);
    }
  }
}
