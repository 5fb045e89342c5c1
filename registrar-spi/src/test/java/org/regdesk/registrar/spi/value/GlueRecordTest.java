package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlueRecordTest {

  private static final DomainName SHOP = DomainName.of("shop", "com.es");

  @Test
  void a_host_under_the_domain_with_public_addresses_is_accepted() {
    GlueRecord glue = GlueRecord.of(SHOP, "ns1.shop.com.es", "198.51.100.10", "2001:DB8:0:0::53");

    assertThat(glue.ipv4Text()).contains("198.51.100.10");
    assertThat(glue.ipv6Text()).contains("2001:db8::53");
    assertThat(glue).hasToString("ns1.shop.com.es [198.51.100.10, 2001:db8::53]");
  }

  @Test
  void either_address_family_alone_is_enough_but_not_neither() {
    assertThat(GlueRecord.of(SHOP, "ns1.shop.com.es", null, "2a00:1450:4001::1").ipv4()).isEmpty();
    assertThat(GlueRecord.of(SHOP, "ns1.shop.com.es", "8.8.8.8", " ").ipv6()).isEmpty();
    assertThatThrownBy(() -> GlueRecord.of(SHOP, "ns1.shop.com.es", null, null))
        .hasMessage("ipv4: an IPv4 or an IPv6 address is required");
  }

  @Test
  void a_host_outside_the_domain_needs_no_glue_and_is_refused() {
    assertThatThrownBy(() -> GlueRecord.of(SHOP, "ns1.example.net", "8.8.8.8", null))
        .hasMessage(
            "host: 'ns1.example.net' must be a name under 'shop.com.es' to need a glue record");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "127.0.0.1",
        "0.0.0.0",
        "169.254.10.10",
        "100.64.0.1",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "192.0.0.8",
        "198.18.0.1"
      })
  void private_and_reserved_ipv4_addresses_are_refused(String address) {
    assertThatThrownBy(() -> GlueRecord.of(SHOP, "ns1.shop.com.es", address, null))
        .hasMessage("ipv4: '" + address + "' is not a public address");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"::1", "::", "fe80::1", "fd00::1", "fc12::1", "ff02::1", "fec0::1", "100::1"})
  void private_and_reserved_ipv6_addresses_are_refused(String address) {
    assertThatThrownBy(() -> GlueRecord.of(SHOP, "ns1.shop.com.es", null, address))
        .hasMessageEndingWith("is not a public address")
        .hasMessageStartingWith("ipv6: ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "1.2.3.04"})
  void malformed_ipv4_is_refused_without_any_name_lookup(String address) {
    assertThatThrownBy(() -> GlueRecord.of(SHOP, "ns1.shop.com.es", address, null))
        .hasMessage("ipv4: '" + address + "' is not an IPv4 address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001:db8::g", "example.com", "2001:db8::1%eth0", "1:2:3:4:5:6:7:8:9"})
  void malformed_ipv6_is_refused_without_any_name_lookup(String address) {
    assertThatThrownBy(() -> GlueRecord.of(SHOP, "ns1.shop.com.es", null, address))
        .hasMessage("ipv6: '" + address + "' is not an IPv6 address");
  }

  @Test
  void an_ipv4_mapped_ipv6_address_is_refused_with_advice() {
    assertThatThrownBy(() -> GlueRecord.of(SHOP, "ns1.shop.com.es", null, "::ffff:8.8.8.8"))
        .hasMessage(
            "ipv6: '::ffff:8.8.8.8' is an IPv4-mapped address: give the IPv4 address instead");
  }
}
