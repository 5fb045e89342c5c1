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
  void refusesPagesOutOfRangeNamingTheField() {
    assertThatThrownBy(() -> new PageRequest(0, 10)).hasMessageStartingWith("page:");
    assertThatThrownBy(() -> new PageRequest(1, PageRequest.MAX_SIZE + 1))
        .hasMessageStartingWith("size:");
  }
}
