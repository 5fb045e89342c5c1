package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;

/**
 * {@code domain/gluerecordupdate}: changes the addresses of an existing glue record. Addresses must
 * be public. Never resent automatically.
 *
 * @param domain the domain
 * @param name the host, e.g. {@code ns1.example-shop.com}
 * @param ipv4 its IPv4 address
 * @param ipv6 its IPv6 address, optional
 */
public record DomainGlueRecordUpdateRequest(
    DomainSelector domain, HostName name, Ipv4Address ipv4, Optional<Ipv6Address> ipv6)
    implements ApiRequest<DomainGlueRecords> {

  /** Checks the parts and that the addresses are public. */
  public DomainGlueRecordUpdateRequest {
    Checks.required(domain, "domain");
    Checks.required(name, "name");
    GlueRecordAddresses.check(ipv4, ipv6);
  }

  /** IPv4 only. */
  public static DomainGlueRecordUpdateRequest of(
      DomainSelector domain, HostName name, Ipv4Address ipv4) {
    return new DomainGlueRecordUpdateRequest(domain, name, ipv4, Optional.empty());
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_GLUE_RECORD_UPDATE;
  }

  @Override
  public FormParameters parameters() {
    return FormParameters.builder()
        .add(domain.parameterName(), domain.parameterValue())
        .add("name", name.ascii())
        .add("ipv4", ipv4.value())
        .add("ipv6", ipv6.map(Ipv6Address::value))
        .build();
  }

  @Override
  public DomainGlueRecords parseResponse(ResponseData data) {
    return DomainGlueRecords.from(data);
  }
}
