package org.regdesk.app.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code regdesk.orders.*}: checked when bound; the transfer wait doubles up to its maximum. */
class OrderSettingsTest {

  @Test
  void theTransferWaitDoublesUpToTheMaximum() {
    OrderSettings settings =
        new OrderSettings(
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(10),
            Duration.ofDays(2));

    assertThat(settings.transferWait(0)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.transferWait(1)).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.transferWait(3)).isEqualTo(Duration.ofMinutes(8));
    assertThat(settings.transferWait(4)).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.transferWait(1000)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void badValuesNameTheProperty() {
    assertThatThrownBy(
            () ->
                new OrderSettings(
                    Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(2)))
        .hasMessageContaining("regdesk.orders.poll-interval");
    assertThatThrownBy(
            () ->
                new OrderSettings(
                    Duration.ofSeconds(30),
                    Duration.ofHours(2),
                    Duration.ofHours(1),
                    Duration.ofDays(2)))
        .hasMessageContaining("regdesk.orders.max-transfer-poll-interval");
  }
}
