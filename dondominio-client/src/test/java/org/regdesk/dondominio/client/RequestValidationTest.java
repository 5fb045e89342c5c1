package org.regdesk.dondominio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdesk.dondominio.client.account.AccountZonesRequest;
import org.regdesk.dondominio.client.domain.DomainCreateRequest;
import org.regdesk.dondominio.client.domain.DomainGlueRecordCreateRequest;
import org.regdesk.dondominio.client.domain.DomainListRequest;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateNameserversRequest;
import org.regdesk.dondominio.client.domain.DomainUpdateRequest;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.value.ContactChanges;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;
import org.regdesk.dondominio.client.value.Nameservers;
import org.regdesk.dondominio.client.value.RenewalMode;

/** Requests refuse values the API contract rules out, naming the field, before anything is sent. */
class RequestValidationTest {
  private static final DomainName SHOP = DomainName.of("example-shop.com");
  private static final DomainSelector SHOP_SELECTOR = DomainSelector.of(SHOP);
  private static final DomainContacts OWNER = DomainContacts.ofOwner(ContactRef.existing("ABC-1"));

  private static void refused(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidRequestValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void eachActionAcceptsOnlyItsNameserverKeywords() {
    refused(
        () ->
            DomainCreateRequest.builder(SHOP, OWNER).nameservers(Nameservers.keepCurrent()).build(),
        "nameservers");
    refused(
        () ->
            DomainCreateRequest.builder(SHOP, OWNER)
                .nameservers(Nameservers.dondominioDefault())
                .build(),
        "nameservers");
    refused(
        () ->
            DomainTransferRequest.builder(SHOP, OWNER)
                .nameservers(Nameservers.dondominioDefault())
                .build(),
        "nameservers");
    refused(
        () -> DomainUpdateRequest.nameservers(SHOP_SELECTOR, Nameservers.parking()), "nameservers");
    refused(
        () -> new DomainUpdateNameserversRequest(SHOP_SELECTOR, Nameservers.keepCurrent()),
        "nameservers");
    assertThat(
            DomainTransferRequest.builder(SHOP, OWNER)
                .nameservers(Nameservers.keepCurrent())
                .build()
                .parameters()
                .value("nameservers"))
        .contains("keepns");
  }

  @Test
  void ownerIsRequiredOnCreateAndTransfer() {
    refused(() -> DomainCreateRequest.builder(SHOP, null).build(), "ownerContact");
    refused(() -> DomainContacts.ofOwner(null), "ownerContact");
  }

  @Test
  void contactUpdatesNeedAtLeastOneRole() {
    refused(
        () ->
            new ContactChanges(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        "contacts");
  }

  @Test
  void glueRecordsNeedPublicAddresses() {
    refused(
        () ->
            DomainGlueRecordCreateRequest.of(
                SHOP_SELECTOR, HostName.of("ns1.example-shop.com"), Ipv4Address.of("192.168.1.1")),
        "ipv4");
    refused(
        () ->
            new DomainGlueRecordCreateRequest(
                SHOP_SELECTOR,
                HostName.of("ns1.example-shop.com"),
                Ipv4Address.of("198.51.100.1"),
                Optional.of(Ipv6Address.of("fd00::1"))),
        "ipv6");
  }

  @Test
  void unknownEnumValuesCannotBeSent() {
    refused(
        () -> DomainUpdateRequest.renewalMode(SHOP_SELECTOR, RenewalMode.UNKNOWN), "renewalMode");
    refused(
        () ->
            DomainListRequest.builder()
                .status(org.regdesk.dondominio.client.value.DomainStatus.UNKNOWN)
                .build(),
        "status");
  }

  @Test
  void tagsAndFiltersMustNotBeBlank() {
    refused(() -> DomainUpdateRequest.tag(SHOP_SELECTOR, " "), "tag");
    refused(() -> DomainListRequest.builder().word(""), "word");
    refused(() -> DomainListRequest.builder().tld(".com"), "tld");
    refused(() -> AccountZonesRequest.forTld("com es"), "tld");
  }

  @Test
  void pageLengthIsOneToAThousand() {
    refused(() -> DomainListRequest.builder().pageLength(0), "pageLength");
    refused(() -> DomainListRequest.builder().pageLength(1001), "pageLength");
    refused(() -> DomainListRequest.all().atPage(0), "page");
  }

  @Test
  void contactUpdatesWriteOnlyTheRolesGiven() {
    FormParameters form =
        new org.regdesk.dondominio.client.domain.DomainUpdateContactsRequest(
                SHOP_SELECTOR,
                ContactChanges.of(
                    org.regdesk.dondominio.client.value.ContactRole.BILLING,
                    ContactRef.existing("abc-9")))
            .parameters();
    assertThat(form.names()).containsExactly("domain", "billingContactID");
    assertThat(form.value("billingContactID")).contains("ABC-9");
  }
}
