package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;

/**
 * {@code domain/getinfo}: one aspect of a domain, chosen by {@code infoType}; one record per info
 * type, each with its own response type. Create them with the static factories, e.g. {@code
 * DomainGetInfoRequest.status(domain)}.
 *
 * @param <R> the response type of the info type
 */
public sealed interface DomainGetInfoRequest<R> extends ApiRequest<R>
    permits DomainGetInfoRequest.ForStatus,
        DomainGetInfoRequest.ForContacts,
        DomainGetInfoRequest.ForNameservers,
        DomainGetInfoRequest.ForAuthcode,
        DomainGetInfoRequest.ForService,
        DomainGetInfoRequest.ForGlueRecords,
        DomainGetInfoRequest.ForDnssec {

  /** The domain. */
  DomainSelector domain();

  /** The {@code infoType} value. */
  String infoType();

  @Override
  default ApiAction action() {
    return ApiAction.DOMAIN_GET_INFO;
  }

  @Override
  default FormParameters parameters() {
    return FormParameters.builder()
        .add(domain().parameterName(), domain().parameterValue())
        .add("infoType", infoType())
        .build();
  }

  /** {@code infoType=status}. */
  static ForStatus status(DomainSelector domain) {
    return new ForStatus(domain);
  }

  /** {@code infoType=contact}. */
  static ForContacts contacts(DomainSelector domain) {
    return new ForContacts(domain);
  }

  /** {@code infoType=nameservers}. */
  static ForNameservers nameservers(DomainSelector domain) {
    return new ForNameservers(domain);
  }

  /** {@code infoType=authcode}. */
  static ForAuthcode authcode(DomainSelector domain) {
    return new ForAuthcode(domain);
  }

  /** {@code infoType=service}. */
  static ForService service(DomainSelector domain) {
    return new ForService(domain);
  }

  /** {@code infoType=gluerecords}. */
  static ForGlueRecords glueRecords(DomainSelector domain) {
    return new ForGlueRecords(domain);
  }

  /** {@code infoType=dnssec}. */
  static ForDnssec dnssec(DomainSelector domain) {
    return new ForDnssec(domain);
  }

  /**
   * {@code infoType=status}: status, dates, locks, privacy, renewal mode.
   *
   * @param domain the domain
   */
  record ForStatus(DomainSelector domain) implements DomainGetInfoRequest<DomainStatusInfo> {
    /** Checks the domain. */
    public ForStatus {
      Checks.required(domain, "domain");
    }

    @Override
    public String infoType() {
      return "status";
    }

    @Override
    public DomainStatusInfo parseResponse(ResponseData data) {
      return DomainStatusInfo.from(data);
    }
  }

  /**
   * {@code infoType=contact}: the four contacts.
   *
   * @param domain the domain
   */
  record ForContacts(DomainSelector domain) implements DomainGetInfoRequest<DomainContactInfo> {
    /** Checks the domain. */
    public ForContacts {
      Checks.required(domain, "domain");
    }

    @Override
    public String infoType() {
      return "contact";
    }

    @Override
    public DomainContactInfo parseResponse(ResponseData data) {
      return DomainContactInfo.from(data);
    }
  }

  /**
   * {@code infoType=nameservers}.
   *
   * @param domain the domain
   */
  record ForNameservers(DomainSelector domain)
      implements DomainGetInfoRequest<DomainNameserverInfo> {
    /** Checks the domain. */
    public ForNameservers {
      Checks.required(domain, "domain");
    }

    @Override
    public String infoType() {
      return "nameservers";
    }

    @Override
    public DomainNameserverInfo parseResponse(ResponseData data) {
      return DomainNameserverInfo.from(data);
    }
  }

  /**
   * {@code infoType=authcode}.
   *
   * @param domain the domain
   */
  record ForAuthcode(DomainSelector domain) implements DomainGetInfoRequest<DomainAuthcode> {
    /** Checks the domain. */
    public ForAuthcode {
      Checks.required(domain, "domain");
    }

    @Override
    public String infoType() {
      return "authcode";
    }

    @Override
    public DomainAuthcode parseResponse(ResponseData data) {
      return DomainAuthcode.from(data);
    }
  }

  /**
   * {@code infoType=service}.
   *
   * @param domain the domain
   */
  record ForService(DomainSelector domain) implements DomainGetInfoRequest<DomainServiceInfo> {
    /** Checks the domain. */
    public ForService {
      Checks.required(domain, "domain");
    }

    @Override
    public String infoType() {
      return "service";
    }

    @Override
    public DomainServiceInfo parseResponse(ResponseData data) {
      return DomainServiceInfo.from(data);
    }
  }

  /**
   * {@code infoType=gluerecords}.
   *
   * @param domain the domain
   */
  record ForGlueRecords(DomainSelector domain) implements DomainGetInfoRequest<DomainGlueRecords> {
    /** Checks the domain. */
    public ForGlueRecords {
      Checks.required(domain, "domain");
    }

    @Override
    public String infoType() {
      return "gluerecords";
    }

    @Override
    public DomainGlueRecords parseResponse(ResponseData data) {
      return DomainGlueRecords.from(data);
    }
  }

  /**
   * {@code infoType=dnssec}.
   *
   * @param domain the domain
   */
  record ForDnssec(DomainSelector domain) implements DomainGetInfoRequest<DomainDnssecInfo> {
    /** Checks the domain. */
    public ForDnssec {
      Checks.required(domain, "domain");
    }

    @Override
    public String infoType() {
      return "dnssec";
    }

    @Override
    public DomainDnssecInfo parseResponse(ResponseData data) {
      return DomainDnssecInfo.from(data);
    }
  }
}
