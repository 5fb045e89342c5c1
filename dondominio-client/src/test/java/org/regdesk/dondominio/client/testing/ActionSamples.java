package org.regdesk.dondominio.client.testing;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.account.AccountInfoRequest;
import org.regdesk.dondominio.client.account.AccountZonesRequest;
import org.regdesk.dondominio.client.contact.ContactCreateRequest;
import org.regdesk.dondominio.client.contact.ContactGetInfoRequest;
import org.regdesk.dondominio.client.contact.ContactListRequest;
import org.regdesk.dondominio.client.contact.ContactResendVerificationMailRequest;
import org.regdesk.dondominio.client.domain.DomainCheckForTransferRequest;
import org.regdesk.dondominio.client.domain.DomainCheckRequest;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainDnssecCreateRequest;
import org.regdesk.dondominio.client.domain.DomainDnssecDeleteRequest;
import org.regdesk.dondominio.client.domain.DomainGetAuthcodeRequest;
import org.regdesk.dondominio.client.domain.DomainGetDnssecRequest;
import org.regdesk.dondominio.client.domain.DomainGetGlueRecordsRequest;
import org.regdesk.dondominio.client.domain.DomainGetHistoryRequest;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainGetNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordDeleteRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordUpdateRequest;
import org.regdesk.dondominio.client.domain.DomainListDeletedRequest;
import org.regdesk.dondominio.client.domain.DomainListRequest;
import org.regdesk.dondominio.client.domain.DomainRenewRequest;
import org.regdesk.dondominio.client.domain.DomainResendVerificationMailRequest;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.domain.DomainTransferRestartRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateContactsRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.tool.HelloRequest;
import org.regdesk.dondominio.client.tool.IdnConverterRequest;
import org.regdesk.dondominio.client.value.AuthCode;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.ContactId;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.ContactRole;
import org.regdesk.dondominio.client.value.DnssecRecord;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Nameservers;

/**
 * One well-formed request for every action the client speaks, so that rules which hold for every
 * action (authentication, unknown domains) are tested on all of them.
 */
public final class ActionSamples {
  /** A DS record with a SHA-256 digest. */
  public static final DnssecRecord DS_RECORD = new DnssecRecord(12345, 13, 2, "ab".repeat(32));

  private ActionSamples() {}

  /** A request of every action; per-domain actions are about {@code domain}. */
  public static Map<ApiAction, ApiRequest<?>> every(DomainName domain) {
    Map<ApiAction, ApiRequest<?>> samples = new EnumMap<>(ApiAction.class);
    samples.put(ApiAction.TOOL_HELLO, new HelloRequest());
    samples.put(ApiAction.TOOL_IDN_CONVERTER, new IdnConverterRequest("españa.es"));
    samples.put(ApiAction.ACCOUNT_INFO, new AccountInfoRequest());
    samples.put(ApiAction.ACCOUNT_ZONES, AccountZonesRequest.all(10));
    samples.put(ApiAction.DOMAIN_CHECK, new DomainCheckRequest(domain));
    samples.put(ApiAction.DOMAIN_CHECK_FOR_TRANSFER, new DomainCheckForTransferRequest(domain));
    samples.put(
        ApiAction.DOMAIN_CREATE,
        DomainCreateRequest.builder(domain, SandboxFixtures.anaOwns()).build());
    samples.put(
        ApiAction.DOMAIN_TRANSFER,
        DomainTransferRequest.builder(domain, SandboxFixtures.anaOwns())
            .authcode(AuthCode.of("Tr4nsfer#Code"))
            .build());
    samples.put(ApiAction.DOMAIN_LIST, DomainListRequest.all());
    samples.put(ApiAction.DOMAIN_LIST_DELETED, DomainListDeletedRequest.firstPage());
    samples.put(ApiAction.CONTACT_LIST, ContactListRequest.all());
    samples.put(ApiAction.CONTACT_GET_INFO, new ContactGetInfoRequest(ContactId.of("ABC-1")));
    samples.put(ApiAction.CONTACT_CREATE, new ContactCreateRequest(SandboxFixtures.ana()));
    samples.put(
        ApiAction.CONTACT_RESEND_VERIFICATION_MAIL,
        new ContactResendVerificationMailRequest(ContactId.of("ABC-1")));
    perDomain().forEach((action, sample) -> samples.put(action, sample.apply(domain)));
    return samples;
  }

  /** A request of every action that is about one domain of the account. */
  public static Map<ApiAction, Function<DomainName, ApiRequest<?>>> perDomain() {
    Map<ApiAction, Function<DomainName, ApiRequest<?>>> samples = new EnumMap<>(ApiAction.class);
    samples.put(
        ApiAction.DOMAIN_TRANSFER_RESTART,
        d -> DomainTransferRestartRequest.of(DomainSelector.of(d)));
    samples.put(
        ApiAction.DOMAIN_RENEW,
        d -> DomainRenewRequest.of(DomainSelector.of(d), LocalDate.of(2027, 1, 10)));
    samples.put(
        ApiAction.DOMAIN_UPDATE, d -> DomainUpdateRequest.whoisPrivacy(DomainSelector.of(d), true));
    samples.put(
        ApiAction.DOMAIN_UPDATE_NAMESERVERS,
        d ->
            new DomainUpdateNameserversRequest(
                DomainSelector.of(d),
                Nameservers.hosts("ns1.example-dns.net", "ns2.example-dns.net")));
    samples.put(
        ApiAction.DOMAIN_UPDATE_CONTACTS,
        d ->
            new DomainUpdateContactsRequest(
                DomainSelector.of(d),
                ContactChanges.of(ContactRole.TECH, ContactRef.inline(SandboxFixtures.luc()))));
    samples.put(ApiAction.DOMAIN_GET_INFO, d -> DomainGetInfoRequest.status(DomainSelector.of(d)));
    samples.put(
        ApiAction.DOMAIN_GET_AUTHCODE, d -> new DomainGetAuthcodeRequest(DomainSelector.of(d)));
    samples.put(
        ApiAction.DOMAIN_GET_NAMESERVERS,
        d -> new DomainGetNameserversRequest(DomainSelector.of(d)));
    samples.put(
        ApiAction.DOMAIN_GET_GLUE_RECORDS,
        d -> new DomainGetGlueRecordsRequest(DomainSelector.of(d)));
    samples.put(ApiAction.DOMAIN_GET_DNSSEC, d -> new DomainGetDnssecRequest(DomainSelector.of(d)));
    samples.put(
        ApiAction.DOMAIN_GET_HISTORY, d -> DomainGetHistoryRequest.of(DomainSelector.of(d)));
    samples.put(
        ApiAction.DOMAIN_GLUE_RECORD_CREATE,
        d ->
            DomainGlueRecordCreateRequest.of(
                DomainSelector.of(d),
                HostName.of("ns1." + d.ascii()),
                Ipv4Address.of("198.51.100.10")));
    samples.put(
        ApiAction.DOMAIN_GLUE_RECORD_UPDATE,
        d ->
            DomainGlueRecordUpdateRequest.of(
                DomainSelector.of(d),
                HostName.of("ns1." + d.ascii()),
                Ipv4Address.of("198.51.100.11")));
    samples.put(
        ApiAction.DOMAIN_GLUE_RECORD_DELETE,
        d ->
            new DomainGlueRecordDeleteRequest(
                DomainSelector.of(d), HostName.of("ns1." + d.ascii())));
    samples.put(
        ApiAction.DOMAIN_DNSSEC_CREATE,
        d -> new DomainDnssecCreateRequest(DomainSelector.of(d), DS_RECORD));
    samples.put(
        ApiAction.DOMAIN_DNSSEC_DELETE,
        d -> new DomainDnssecDeleteRequest(DomainSelector.of(d), "ns1." + d.ascii(), DS_RECORD));
    samples.put(
        ApiAction.DOMAIN_RESEND_VERIFICATION_MAIL,
        d -> new DomainResendVerificationMailRequest(DomainSelector.of(d)));
    return samples;
  }
}
