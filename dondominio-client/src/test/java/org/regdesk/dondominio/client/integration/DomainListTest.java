package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.contact.ContactInfo;
import org.regdesk.dondominio.client.domain.DomainContactInfo;
import org.regdesk.dondominio.client.domain.DomainGlueRecords;
import org.regdesk.dondominio.client.domain.DomainListInfo;
import org.regdesk.dondominio.client.domain.DomainListRequest;
import org.regdesk.dondominio.client.domain.DomainNameserverInfo;
import org.regdesk.dondominio.client.domain.DomainServiceInfo;
import org.regdesk.dondominio.client.domain.DomainStatusInfo;
import org.regdesk.dondominio.client.domain.DomainSummary;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainStatus;
import org.regdesk.dondominio.client.value.RenewalMode;
import org.regdesk.dondominio.client.value.VerificationStatus;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** {@code domain/list} over a seeded account: lazy paging, the page cursor and every filter. */
class DomainListTest {
  private static final int DOMAINS = 2_500;

  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().seedDomains(DOMAINS).build();

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);

  private <T> List<T> all(DomainListRequest<T> request) {
    List<T> items = new ArrayList<>();
    client.iterate(request).forEachRemaining(items::add);
    return items;
  }

  private List<DomainStatusInfo> everyDomainWithStatus() {
    return all(DomainListRequest.builder().pageLength(1000).build(DomainListInfo.STATUS));
  }

  private static Set<DomainName> names(List<DomainStatusInfo> domains) {
    return domains.stream().map(d -> d.domain().name()).collect(Collectors.toSet());
  }

  private static Set<DomainName> namesWhere(
      List<DomainStatusInfo> domains, Predicate<DomainStatusInfo> filter) {
    return names(domains.stream().filter(filter).toList());
  }

  @Test
  void iteratingWithPagesOf1000FetchesExactlyThreePagesAndEveryDomainOnce() {
    Iterator<DomainSummary> domains =
        client.iterate(DomainListRequest.builder().pageLength(1000).build());
    assertThat(callsOf(sandbox, "domain/list")).isEmpty();

    List<DomainSummary> seen = new ArrayList<>();
    domains.forEachRemaining(seen::add);

    assertThat(seen).hasSize(DOMAINS);
    assertThat(seen).extracting(d -> d.id().orElseThrow()).doesNotHaveDuplicates();
    assertThat(seen).extracting(DomainSummary::name).doesNotHaveDuplicates();
    assertThat(callsOf(sandbox, "domain/list"))
        .extracting(c -> c.parameters().get("page"))
        .containsExactly("1", "2", "3");
  }

  @Test
  void pagesAreFetchedOnlyWhenTheItemsBeforeThemAreUsed() {
    List<DomainSummary> first =
        client.stream(DomainListRequest.builder().pageLength(1000).build()).limit(1000).toList();

    assertThat(first).hasSize(1000);
    assertThat(callsOf(sandbox, "domain/list")).hasSize(1);
  }

  @Test
  void thePageNumberIsACursorThatWalksTheWholeList() {
    DomainListRequest<DomainSummary> request = DomainListRequest.builder().pageLength(700).build();
    List<DomainSummary> seen = new ArrayList<>();
    List<Integer> pages = new ArrayList<>();

    OptionalInt next = OptionalInt.of(1);
    while (next.isPresent()) {
      Page<DomainSummary> page = client.page(request, next.getAsInt());
      pages.add(page.page());
      assertThat(page.total()).isEqualTo(DOMAINS);
      assertThat(page.pageLength()).isEqualTo(700);
      assertThat(page.results()).isEqualTo(page.items().size());
      seen.addAll(page.items());
      next = page.nextPage();
    }

    assertThat(pages).containsExactly(1, 2, 3, 4);
    assertThat(seen).hasSize(DOMAINS);
    assertThat(seen).extracting(DomainSummary::name).doesNotHaveDuplicates();
  }

  @Test
  void aPageBeyondTheEndIsEmptyAndHasNoNextPage() {
    Page<DomainSummary> beyond =
        client.page(DomainListRequest.builder().pageLength(1000).build(), 9);

    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(DOMAINS);
    assertThat(beyond.nextPage()).isEmpty();
  }

  @Test
  void iterationCanStartAtALaterPage() {
    List<DomainSummary> rest =
        all(DomainListRequest.builder().paging(new Paging(2, Optional.of(1000))).build());

    assertThat(rest).hasSize(DOMAINS - 1000);
    assertThat(callsOf(sandbox, "domain/list")).hasSize(2);
  }

  @Test
  void tldStatusRenewableRenewalModeAndOwnerVerificationFilterLikeTheFullList() {
    List<DomainStatusInfo> every = everyDomainWithStatus();
    assertThat(every).hasSize(DOMAINS);

    assertThat(names(all(DomainListRequest.builder().tld("es").build(DomainListInfo.STATUS))))
        .isNotEmpty()
        .isEqualTo(namesWhere(every, d -> d.domain().tld().equals("es")));
    assertThat(
            names(
                all(
                    DomainListRequest.builder()
                        .status(DomainStatus.EXPIRED_REDEMPTION)
                        .build(DomainListInfo.STATUS))))
        .isNotEmpty()
        .isEqualTo(namesWhere(every, d -> d.domain().status() == DomainStatus.EXPIRED_REDEMPTION));
    assertThat(
            names(all(DomainListRequest.builder().renewable(false).build(DomainListInfo.STATUS))))
        .isNotEmpty()
        .isEqualTo(namesWhere(every, d -> !d.renewable()));
    assertThat(names(all(DomainListRequest.builder().renewable(true).build(DomainListInfo.STATUS))))
        .isEqualTo(namesWhere(every, DomainStatusInfo::renewable));
    assertThat(
            names(
                all(
                    DomainListRequest.builder()
                        .renewalMode(RenewalMode.LET_EXPIRE)
                        .build(DomainListInfo.STATUS))))
        .isNotEmpty()
        .isEqualTo(namesWhere(every, d -> d.renewalMode() == RenewalMode.LET_EXPIRE));
    assertThat(
            names(
                all(
                    DomainListRequest.builder()
                        .ownerVerification(VerificationStatus.FAILED)
                        .build(DomainListInfo.STATUS))))
        .isNotEmpty()
        .isEqualTo(namesWhere(every, d -> d.ownerVerification() == VerificationStatus.FAILED));
  }

  @Test
  void domainWordAndTagFilter() {
    List<DomainStatusInfo> every = everyDomainWithStatus();
    DomainName one = every.get(1234).domain().name();

    assertThat(all(DomainListRequest.builder().domain(one).build()))
        .singleElement()
        .satisfies(d -> assertThat(d.name()).isEqualTo(one));

    String word = "bakery";
    assertThat(names(all(DomainListRequest.builder().word(word).build(DomainListInfo.STATUS))))
        .isEqualTo(namesWhere(every, d -> d.domain().name().unicode().contains(word)));

    String tag =
        every.stream()
            .map(d -> d.tag().orElse(""))
            .filter(t -> !t.isEmpty() && !t.contains(","))
            .findFirst()
            .orElseThrow();
    Set<DomainName> tagged =
        names(all(DomainListRequest.builder().tag(tag).build(DomainListInfo.STATUS)));
    assertThat(tagged)
        .isNotEmpty()
        .contains(
            namesWhere(every, d -> d.tag().orElse("").equals(tag)).toArray(new DomainName[0]));
  }

  @Test
  void theOwnerFilterTakesTheOwnerContactId() {
    List<DomainContactInfo> every =
        all(DomainListRequest.builder().pageLength(1000).build(DomainListInfo.CONTACTS));
    String owner = every.get(7).owner().flatMap(ContactInfo::id).orElseThrow().value();
    Set<DomainName> expected =
        every.stream()
            .filter(
                d ->
                    d.owner()
                        .flatMap(ContactInfo::id)
                        .map(id -> id.value().equals(owner))
                        .orElse(false))
            .map(d -> d.domain().name())
            .collect(Collectors.toSet());

    List<DomainContactInfo> owned =
        all(DomainListRequest.builder().owner(owner).build(DomainListInfo.CONTACTS));

    assertThat(owned.stream().map(d -> d.domain().name()).collect(Collectors.toSet()))
        .isEqualTo(expected);
  }

  @Test
  void everyListInfoTypeIsReadForEveryDomain() {
    List<DomainNameserverInfo> ns =
        all(DomainListRequest.builder().pageLength(1000).build(DomainListInfo.NAMESERVERS));
    List<DomainServiceInfo> service =
        all(DomainListRequest.builder().pageLength(1000).build(DomainListInfo.SERVICE));
    List<DomainGlueRecords> glue =
        all(DomainListRequest.builder().pageLength(1000).build(DomainListInfo.GLUE_RECORDS));
    List<DomainContactInfo> contacts =
        all(DomainListRequest.builder().pageLength(1000).build(DomainListInfo.CONTACTS));

    assertThat(ns).hasSize(DOMAINS).allSatisfy(d -> assertThat(d.nameservers()).isNotEmpty());
    assertThat(service).hasSize(DOMAINS);
    assertThat(glue).hasSize(DOMAINS).anySatisfy(d -> assertThat(d.glueRecords()).isNotEmpty());
    assertThat(contacts)
        .hasSize(DOMAINS)
        .allSatisfy(d -> assertThat(d.owner().flatMap(ContactInfo::id)).isPresent());
  }
}
