package org.regdesk.dondominio.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regdesk.dondominio.client.domain.DomainListRequest;
import org.regdesk.dondominio.client.domain.DomainSummary;
import org.regdesk.dondominio.client.testing.Fixtures;
import org.regdesk.dondominio.client.testing.ScriptedServer;

/** The list iterators fetch lazily, stop at the total, and never loop on a misbehaving server. */
class PagingTest {
  private final ScriptedServer server = new ScriptedServer();
  private final DonDominioClient client = Fixtures.clientFor(server.endpoint());

  @AfterEach
  void stop() {
    server.close();
  }

  private static String page(int page, int pageLength, int total, int... ids) {
    String domains =
        IntStream.of(ids)
            .mapToObj(
                id ->
                    "{\"name\":\"d"
                        + id
                        + ".com\",\"status\":\"active\",\"tld\":\"com\",\"tsExpir\":\"2026-01-01\","
                        + "\"domainID\":"
                        + id
                        + "}")
            .collect(Collectors.joining(","));
    return Fixtures.success(
        "domain/list",
        "{\"queryInfo\":{\"page\":"
            + page
            + ",\"pageLength\":"
            + pageLength
            + ",\"results\":"
            + ids.length
            + ",\"total\":"
            + total
            + "},\"domains\":["
            + domains
            + "]}");
  }

  private static DomainListRequest<DomainSummary> twoPerPage() {
    return DomainListRequest.builder().pageLength(2).build();
  }

  private static List<Long> ids(Iterator<DomainSummary> it) {
    List<Long> ids = new ArrayList<>();
    it.forEachRemaining(d -> ids.add(d.id().orElseThrow().value()));
    return ids;
  }

  @Test
  void fetchesTheNextPageOnlyWhenTheCurrentOneIsUsedUp() {
    server.replyOk(page(1, 2, 5, 1, 2)).replyOk(page(2, 2, 5, 3, 4)).replyOk(page(3, 2, 5, 5));
    Iterator<DomainSummary> it = client.iterate(twoPerPage());
    assertThat(server.received()).as("nothing fetched before use").isEmpty();
    it.next();
    it.next();
    assertThat(server.received()).hasSize(1);
    it.next();
    assertThat(server.received()).hasSize(2);
    assertThat(server.received().get(1).param("page")).isEqualTo("2");
    assertThat(server.received().get(1).param("pageLength")).isEqualTo("2");
    it.forEachRemaining(d -> {});
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void walksAllPagesAndStopsAtTheTotal() {
    server.replyOk(page(1, 2, 4, 1, 2)).replyOk(page(2, 2, 4, 3, 4));
    assertThat(ids(client.iterate(twoPerPage()))).containsExactly(1L, 2L, 3L, 4L);
    assertThat(server.received()).as("no request for a third page").hasSize(2);
  }

  @Test
  void aServerThatIgnoresThePageParameterCannotCauseALoop() {
    // every answer is page 1 again
    server.replyOk(page(1, 2, 4, 1, 2));
    assertThat(ids(client.iterate(twoPerPage()))).containsExactly(1L, 2L, 1L, 2L);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void aServerThatAnswersEverythingOnTheFirstPageIsReadOnce() {
    server.replyOk(page(1, 1000, 3, 1, 2, 3));
    assertThat(ids(client.iterate(twoPerPage()))).containsExactly(1L, 2L, 3L);
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void anEmptyPageEndsTheWalkEvenIfTheTotalPromisesMore() {
    server.replyOk(page(1, 2, 10, 1, 2)).replyOk(page(2, 2, 10));
    assertThat(ids(client.iterate(twoPerPage()))).containsExactly(1L, 2L);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void aGrowingTotalDoesNotExtendTheWalkBeyondTheFirstPagesCount() {
    server
        .replyOk(page(1, 2, 4, 1, 2))
        .replyOk(page(2, 2, 400, 3, 4))
        .replyOk(page(3, 2, 400, 5, 6));
    assertThat(ids(client.iterate(twoPerPage()))).containsExactly(1L, 2L, 3L, 4L);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void anEmptyListMakesOneRequest() {
    server.replyOk(page(1, 1000, 0));
    assertThat(client.stream(DomainListRequest.all()).count()).isZero();
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void streamIsLazyToo() {
    server.replyOk(page(1, 2, 6, 1, 2)).replyOk(page(2, 2, 6, 3, 4));
    assertThat(client.stream(twoPerPage()).limit(3).count()).isEqualTo(3);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void onePageByNumberWorksAsAnOpaqueCursor() {
    server.replyOk(page(3, 2, 7, 5, 6));
    Page<DomainSummary> third = client.page(twoPerPage(), 3);
    assertThat(server.onlyRequest().param("page")).isEqualTo("3");
    assertThat(third.items()).hasSize(2);
    assertThat(third.nextPage()).hasValue(4);
  }

  @Test
  void theLastPageHasNoNextPage() {
    server.replyOk(page(4, 2, 7, 7));
    assertThat(client.page(twoPerPage(), 4).nextPage()).isEmpty();
  }

  @Test
  void iterationCanStartAtALaterPage() {
    server.replyOk(page(2, 2, 5, 3, 4)).replyOk(page(3, 2, 5, 5));
    assertThat(ids(client.iterate(twoPerPage().atPage(2)))).containsExactly(3L, 4L, 5L);
    assertThat(server.received()).hasSize(2);
  }
}
