package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostNameTest {

  @Test
  void host_names_are_normalised() {
    assertThat(HostName.of("NS1.Example.NET.").ascii()).isEqualTo("ns1.example.net");
    assertThat(HostName.of("ns.españa.com").ascii()).isEqualTo("ns.xn--espaa-rta.com");
    assertThat(HostName.of("ns.españa.com").unicode()).isEqualTo("ns.españa.com");
  }

  @Test
  void a_host_knows_whether_it_lies_under_a_domain() {
    DomainName domain = DomainName.of("shop", "com.es");

    assertThat(HostName.of("ns1.shop.com.es").isUnder(domain)).isTrue();
    assertThat(HostName.of("shop.com.es").isUnder(domain)).isFalse();
    assertThat(HostName.of("ns1.myshop.com.es").isUnder(domain)).isFalse();
  }

  @Test
  void single_labels_and_addresses_are_refused() {
    assertThatThrownBy(() -> HostName.of("localhost"))
        .hasMessage("host: 'localhost' must be a fully qualified name");
    assertThatThrownBy(() -> HostName.of("192.0.2.1"))
        .hasMessage("host: '192.0.2.1' must be a name, not an address");
  }
}
