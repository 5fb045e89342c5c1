package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameserversTest {

  // Fixed so every build checks the same samples; change it locally to explore further.
  private static final long SEED = 20260301L;

  private static List<HostName> hosts(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> HostName.of("ns" + i + ".example.net"))
        .toList();
  }

  @Test
  void two_to_seven_distinct_hosts_are_accepted_in_order() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(2, 7))
        .checkAssert(
            count -> {
              Nameservers nameservers = Nameservers.of(hosts(count));

              assertThat(nameservers.hosts()).containsExactlyElementsOf(hosts(count));
              assertThat(nameservers.usesRegistrarDefault()).isFalse();
            });
  }

  @Test
  void fewer_than_two_or_more_than_seven_are_refused() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(0, 30))
        .assuming(count -> count < 2 || count > 7)
        .checkAssert(
            count ->
                assertThatThrownBy(() -> Nameservers.of(hosts(count)))
                    .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                          assertThat(e.errors())
                              .singleElement()
                              .extracting(FieldError::field)
                              .isEqualTo("nameservers");
                          assertThat(e.getMessage()).contains("got " + count);
                        }));
  }

  @Test
  void a_host_listed_twice_is_refused_whatever_its_spelling() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(2, 6), integers().between(0, 5))
        .checkAssert(
            (count, which) -> {
              List<String> names =
                  hosts(count).stream()
                      .map(HostName::ascii)
                      .collect(java.util.stream.Collectors.toList());
              String duplicate = names.get(which % count).toUpperCase(java.util.Locale.ROOT) + ".";
              names.add(duplicate);

              assertThatThrownBy(() -> Nameservers.of(names.toArray(String[]::new)))
                  .hasMessageContaining("is listed twice");
            });
  }

  @Test
  void one_or_eight_name_servers_are_refused_with_the_rule() {
    assertThatThrownBy(() -> Nameservers.of("ns1.example.net"))
        .hasMessage("nameservers: needs at least 2 name servers, got 1");
    assertThatThrownBy(() -> Nameservers.of(hosts(8)))
        .hasMessage("nameservers: allows at most 7 name servers, got 8");
  }

  @Test
  void blank_form_inputs_are_skipped_and_bad_hosts_name_their_position() {
    assertThat(Nameservers.of("ns1.example.net", "", null, "ns2.example.net").hosts()).hasSize(2);
    assertThatThrownBy(() -> Nameservers.of("ns1.example.net", "bad_host.net"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("nameservers[1]"));
  }

  @Test
  void the_registrar_default_has_no_hosts() {
    assertThat(Nameservers.registrarDefault().usesRegistrarDefault()).isTrue();
    assertThat(Nameservers.registrarDefault().hosts()).isEmpty();
    assertThatThrownBy(() -> new Nameservers(true, hosts(2))).hasMessageContaining("not both");
  }
}
