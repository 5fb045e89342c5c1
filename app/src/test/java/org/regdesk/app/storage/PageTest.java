package org.regdesk.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void countsPagesAndNeighbours() {
    Page<String> middle = new Page<>(List.of("a", "b"), new PageRequest(2, 2), 5);

    assertThat(middle.totalPages()).isEqualTo(3);
    assertThat(middle.hasPrevious()).isTrue();
    assertThat(middle.hasNext()).isTrue();
    assertThat(new PageRequest(3, 2).offset()).isEqualTo(4);
    assertThat(new Page<>(List.of(), PageRequest.first(), 0).totalPages()).isEqualTo(1);
  }

  @Test
  void aTotalThatIsNotExactStillHasANextPage() {
    // a list counted up to 1,000: page 20 of 50 rows ends at the 1,000th row, and more exist
    Page<String> twentieth = Page.moreThan(List.of("x"), new PageRequest(20, 50), 1000);
    assertThat(twentieth.totalExact()).isFalse();
    assertThat(twentieth.totalPages()).isEqualTo(20);
    assertThat(twentieth.hasNext()).isTrue();
    assertThat(twentieth.map(String::length).totalExact()).isFalse();
    Page<String> exact = new Page<>(List.of("x"), new PageRequest(20, 50), 1000);
    assertThat(exact.totalExact()).isTrue();
    assertThat(exact.hasNext()).isFalse();
  }

  @Test
  void refusesPagesOutOfRangeNamingTheField() {
    assertThatThrownBy(() -> new PageRequest(0, 10)).hasMessageStartingWith("page:");
    assertThatThrownBy(() -> new PageRequest(1, PageRequest.MAX_SIZE + 1))
        .hasMessageStartingWith("size:");
  }
}
