package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class GlueAndDnssecTest {
  private static final String SHA256 =
      "2bb183af5f22588179a53b0a98631fad1a292118a1b3e7b3a1c44b3e4d1f0c92";

  private final EngineFixture sandbox = EngineFixture.empty();

  @BeforeEach
  void domain() {
    sandbox.createActive("glue.com");
  }

  @Test
  void glue_records_are_created_updated_and_deleted() {
    JsonNode created =
        sandbox.call(
            "domain/gluerecordcreate",
            "domain",
            "glue.com",
            "name",
            "ns1.glue.com",
            "ipv4",
            "8.8.4.4",
            "ipv6",
            "2a00:1450:4003:80f::200e");
    assertThat(created.get("name").asString()).isEqualTo("glue.com");
    JsonNode record = created.get("gluerecords").get(0);
    assertThat(record.get("name").asString()).isEqualTo("ns1.glue.com");
    assertThat(record.get("ipv4").asString()).isEqualTo("8.8.4.4");
    assertThat(record.get("ipv6").asString()).isEqualTo("2a00:1450:4003:80f::200e");
    sandbox.call(
        "domain/gluerecordupdate", "domain", "glue.com", "name", "ns1.glue.com", "ipv4", "1.1.1.1");
    JsonNode listed = sandbox.call("domain/getgluerecords", "domain", "glue.com");
    assertThat(listed.get("gluerecords").get(0).get("ipv4").asString()).isEqualTo("1.1.1.1");
    assertThat(listed.get("gluerecords").get(0).get("ipv6").asString()).isEmpty();
    // a nameserver under the domain shows its glue address
    sandbox.call(
        "domain/gluerecordcreate", "domain", "glue.com", "name", "ns2.glue.com", "ipv4", "9.9.9.9");
    sandbox.call(
        "domain/updatenameservers",
        "domain",
        "glue.com",
        "nameservers",
        "ns1.glue.com,ns2.glue.com");
    JsonNode ns = sandbox.call("domain/getnameservers", "domain", "glue.com");
    assertThat(ns.get("nameservers").get(1).get("ipv4").asString()).isEqualTo("9.9.9.9");
    JsonNode deleted =
        sandbox.call("domain/gluerecorddelete", "domain", "glue.com", "name", "ns1.glue.com");
    assertThat(deleted.get("gluerecords")).hasSize(1);
  }

  @Test
  void duplicates_and_missing_glue_records_are_2200() {
    sandbox.call(
        "domain/gluerecordcreate", "domain", "glue.com", "name", "ns1.glue.com", "ipv4", "8.8.4.4");
    assertThat(
            sandbox
                .fail(
                    "domain/gluerecordcreate",
                    "domain",
                    "glue.com",
                    "name",
                    "NS1.glue.com",
                    "ipv4",
                    "8.8.8.8")
                .code())
        .isEqualTo(ErrorCodes.UPDATE_ERROR);
    assertThat(
            sandbox
                .fail(
                    "domain/gluerecordupdate",
                    "domain",
                    "glue.com",
                    "name",
                    "ns9.glue.com",
                    "ipv4",
                    "8.8.8.8")
                .code())
        .isEqualTo(ErrorCodes.UPDATE_ERROR);
    assertThat(
            sandbox
                .fail("domain/gluerecorddelete", "domain", "glue.com", "name", "ns9.glue.com")
                .code())
        .isEqualTo(ErrorCodes.UPDATE_ERROR);
  }

  @ParameterizedTest
  @CsvSource({
    "ns1.other.com, 8.8.8.8, '', name",
    "glue.com, 8.8.8.8, '', name",
    "ns1.glue.com, 10.0.0.1, '', ipv4",
    "ns1.glue.com, 192.168.1.1, '', ipv4",
    "ns1.glue.com, 127.0.0.1, '', ipv4",
    "ns1.glue.com, 172.16.5.4, '', ipv4",
    "ns1.glue.com, 169.254.1.1, '', ipv4",
    "ns1.glue.com, 0.1.2.3, '', ipv4",
    "ns1.glue.com, 256.1.1.1, '', ipv4",
    "ns1.glue.com, 8.8.8, '', ipv4",
    "ns1.glue.com, 08.8.8.8, '', ipv4",
    "ns1.glue.com, 8.8.8.8, fd00::1, ipv6",
    "ns1.glue.com, 8.8.8.8, fe80::1, ipv6",
    "ns1.glue.com, 8.8.8.8, ::1, ipv6",
    "ns1.glue.com, 8.8.8.8, 2001:db8::g, ipv6",
    "ns1.glue.com, 8.8.8.8, 1:2:3:4:5:6:7:8:9, ipv6"
  })
  void private_reserved_or_malformed_glue_is_105_naming_the_field(
      String name, String ipv4, String ipv6, String field) {
    ApiError error =
        sandbox.fail(
            "domain/gluerecordcreate",
            "domain",
            "glue.com",
            "name",
            name,
            "ipv4",
            ipv4,
            "ipv6",
            ipv6);
    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(error.messages().get(0)).contains(field);
    assertThat(sandbox.call("domain/getgluerecords", "domain", "glue.com").get("gluerecords"))
        .isEmpty();
  }

  @Test
  void dnssec_entries_are_added_and_removed() {
    JsonNode created =
        sandbox.call(
            "domain/dnsseccreate",
            "domain",
            "glue.com",
            "keytag",
            "12345",
            "algorithm",
            "13",
            "digesttype",
            "2",
            "digest",
            SHA256.toUpperCase(java.util.Locale.ROOT));
    JsonNode entry = created.get("dnssec").get(0);
    assertThat(entry.get("keytag").asInt()).isEqualTo(12345);
    assertThat(entry.get("algorithm").asInt()).isEqualTo(13);
    assertThat(entry.get("digesttype").asInt()).isEqualTo(2);
    assertThat(entry.get("digest").asString()).isEqualTo(SHA256);
    assertThat(sandbox.call("domain/getdnssec", "domain", "glue.com").get("dnssec")).hasSize(1);
    ApiError duplicate =
        sandbox.fail(
            "domain/dnsseccreate",
            "domain",
            "glue.com",
            "keytag",
            "12345",
            "algorithm",
            "13",
            "digesttype",
            "2",
            "digest",
            SHA256);
    assertThat(duplicate.code()).isEqualTo(ErrorCodes.UPDATE_ERROR);
    JsonNode deleted =
        sandbox.call(
            "domain/dnssecdelete",
            "domain",
            "glue.com",
            "name",
            "glue.com",
            "keytag",
            "12345",
            "algorithm",
            "13",
            "digesttype",
            "2",
            "digest",
            SHA256);
    assertThat(deleted.get("dnssec")).isEmpty();
    assertThat(
            sandbox
                .fail(
                    "domain/dnssecdelete",
                    "domain",
                    "glue.com",
                    "keytag",
                    "12345",
                    "algorithm",
                    "13",
                    "digesttype",
                    "2",
                    "digest",
                    SHA256)
                .code())
        .isEqualTo(ErrorCodes.UPDATE_ERROR);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "keytag=70000",
        "keytag=abc",
        "algorithm=4",
        "digesttype=9",
        "digest=2bb183af5f22",
        "digest=zzb183af5f22588179a53b0a98631fad1a292118a1b3e7b3a1c44b3e4d1f0c92"
      })
  void a_bad_dnssec_field_is_105_naming_it(String override) {
    String field = override.substring(0, override.indexOf('='));
    String value = override.substring(override.indexOf('=') + 1);
    String[] params = {
      "domain", "glue.com", "keytag", "1", "algorithm", "8", "digesttype", "2", "digest", SHA256
    };
    for (int i = 0; i < params.length; i += 2) {
      if (params[i].equals(field)) {
        params[i + 1] = value;
      }
    }
    ApiError error = sandbox.fail("domain/dnsseccreate", params);
    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
    assertThat(error.messages().get(0)).contains(field);
  }

  @Test
  void digest_lengths_follow_the_digest_type() {
    sandbox.call(
        "domain/dnsseccreate",
        "domain",
        "glue.com",
        "keytag",
        "1",
        "algorithm",
        "8",
        "digesttype",
        "1",
        "digest",
        SHA256.substring(0, 40));
    ApiError sha1TooLong =
        sandbox.fail(
            "domain/dnsseccreate",
            "domain",
            "glue.com",
            "keytag",
            "1",
            "algorithm",
            "8",
            "digesttype",
            "1",
            "digest",
            SHA256);
    assertThat(sha1TooLong.messages().get(0)).contains("digest").contains("40");
  }
}
