package org.regdesk.registrar.dondominio.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.error.ApiErrorDetails;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.dondominio.client.error.ErrorCodes;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.regdesk.registrar.spi.error.RegistrarErrorKind;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.error.RejectedException;

class ErrorTableTest {

  private static final SecretMasker MASKER =
      SecretMasker.standard().withSecretValues(List.of("api-secret"));

  private static RegistrarException api(int code, String message) {
    return ErrorTable.translate(
        ErrorCodes.toException(
            new ApiErrorDetails(code, "msg", "domain/create", List.of(message), "1.0.26")),
        ApiAction.DOMAIN_CREATE,
        MASKER);
  }

  @Test
  void every_error_code_the_client_knows_has_exactly_one_row() {
    int known = 0;
    for (int code = 0; code <= 20_000; code++) {
      if (ErrorCodes.isKnown(code)) {
        known++;
        assertThat(ErrorTable.row(code)).as("code " + code).isPresent();
        assertThat(api(code, "x").kind()).isEqualTo(ErrorTable.row(code).orElseThrow().kind());
      }
    }
    assertThat(known).isGreaterThan(60);
  }

  @ParameterizedTest
  @CsvSource({
    "1, UNAVAILABLE",
    "101, REJECTED",
    "102, NOT_SUPPORTED",
    "1003, AUTHENTICATION_FAILED",
    "1004, AUTHENTICATION_FAILED",
    "1007, AUTHENTICATION_FAILED",
    "1100, INSUFFICIENT_FUNDS",
    "2001, REJECTED",
    "2002, NOT_SUPPORTED",
    "2003, UNAVAILABLE",
    "2005, REJECTED",
    "2008, NOT_FOUND",
    "2010, REJECTED",
    "2011, REJECTED",
    "2100, REJECTED",
    "2202, REJECTED",
    "3001, REJECTED",
    "9999, REJECTED",
  })
  void codes_map_to_the_kind_that_says_what_to_do_next(int code, RegistrarErrorKind kind) {
    RegistrarException e = api(code, "detail");
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.registrarCode()).contains(Integer.toString(code));
  }

  @Test
  void a_refusal_keeps_the_registrar_detail_for_staff_and_a_safe_message_for_customers() {
    RejectedException taken = (RejectedException) api(2010, "Domain already registered api-secret");
    assertThat(taken.customerMessage()).isEqualTo("The domain is already registered.");
    assertThat(taken.getMessage())
        .contains("Domain already registered")
        .doesNotContain("api-secret");
  }

  @Test
  void a_refusal_the_plugin_settles_without_sending_carries_the_tables_code_and_message() {
    RejectedException taken = ErrorTable.refusal(2010, "shop.com is not available");
    assertThat(taken.registrarCode()).contains("2010");
    assertThat(taken.customerMessage()).isEqualTo("The domain is already registered.");
    assertThat(taken.getMessage()).isEqualTo("shop.com is not available");
    assertThatThrownBy(() -> ErrorTable.refusal(2008, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2008");
  }

  @Test
  void transport_failures_depend_on_whether_the_request_may_have_changed_something() {
    DonDominioTransportException lost =
        new DonDominioTransportException(
            "domain/create", DonDominioTransportException.Kind.CONNECTION_LOST, 0, "", 1, null);
    DonDominioTransportException refused =
        new DonDominioTransportException(
            "domain/create", DonDominioTransportException.Kind.CONNECT_FAILED, 0, "", 1, null);

    assertThat(ErrorTable.translate(lost, ApiAction.DOMAIN_CREATE, MASKER).kind())
        .isEqualTo(RegistrarErrorKind.OUTCOME_UNKNOWN);
    assertThat(ErrorTable.translate(lost, ApiAction.DOMAIN_UPDATE, MASKER).kind())
        .isEqualTo(RegistrarErrorKind.OUTCOME_UNKNOWN);
    assertThat(ErrorTable.translate(lost, ApiAction.DOMAIN_GET_INFO, MASKER).kind())
        .isEqualTo(RegistrarErrorKind.UNAVAILABLE);
    assertThat(ErrorTable.translate(refused, ApiAction.DOMAIN_CREATE, MASKER).kind())
        .isEqualTo(RegistrarErrorKind.UNAVAILABLE);
  }
}
