package org.regdesk.dondominio.client.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.domain.DomainGetInfoRequest;
import org.regdesk.dondominio.client.domain.DomainTransferRequest;
import org.regdesk.dondominio.client.testing.Fixtures;
import org.regdesk.dondominio.client.testing.ScriptedServer;
import org.regdesk.dondominio.client.value.ContactRef;
import org.regdesk.dondominio.client.value.DomainContacts;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.DomainSelector;

/** Every error code of the API document maps to its exception type. */
class ErrorCodesTest {
  private final ScriptedServer server = new ScriptedServer();
  private final DonDominioClient client = Fixtures.clientFor(server.endpoint());

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(1, UndefinedErrorException.class),
        Arguments.of(100, SyntaxException.class),
        Arguments.of(101, SyntaxException.ParameterFault.class),
        Arguments.of(102, ObjectOrActionException.NotValid.class),
        Arguments.of(103, ObjectOrActionException.NotAllowed.class),
        Arguments.of(104, ObjectOrActionException.NotImplemented.class),
        Arguments.of(105, SyntaxException.InvalidParameter.class),
        Arguments.of(200, AccountAccessException.LoginRequired.class),
        Arguments.of(201, AccountAccessException.LoginInvalid.class),
        Arguments.of(210, AccountAccessException.SessionInvalid.class),
        Arguments.of(300, ActionNotAllowedException.class),
        Arguments.of(1000, AccountAccessException.Blocked.class),
        Arguments.of(1001, AccountAccessException.Deleted.class),
        Arguments.of(1002, AccountAccessException.Inactive.class),
        Arguments.of(1003, AccountAccessException.NotExists.class),
        Arguments.of(1004, AccountAccessException.InvalidPassword.class),
        Arguments.of(1005, AccountAccessException.InvalidPassword.class),
        Arguments.of(1006, AccountAccessException.Blocked.class),
        Arguments.of(1007, AccountAccessException.Filtered.class),
        Arguments.of(1009, AccountAccessException.InvalidPassword.class),
        Arguments.of(1010, AccountAccessException.Blocked.class),
        Arguments.of(1011, AccountAccessException.Blocked.class),
        Arguments.of(1012, AccountAccessException.Blocked.class),
        Arguments.of(1013, AccountAccessException.Blocked.class),
        Arguments.of(1014, AccountAccessException.Filtered.class),
        Arguments.of(1030, AccountAccessException.Banned.class),
        Arguments.of(1100, InsufficientBalanceException.class),
        Arguments.of(2001, DomainException.InvalidName.class),
        Arguments.of(2002, DomainException.TldNotSupported.class),
        Arguments.of(2003, DomainException.TldUnderMaintenance.class),
        Arguments.of(2004, DomainException.CheckError.class),
        Arguments.of(2005, DomainException.TransferNotAllowed.class),
        Arguments.of(2006, DomainException.WhoisNotAllowed.class),
        Arguments.of(2007, DomainException.WhoisError.class),
        Arguments.of(2008, DomainNotFoundException.class),
        Arguments.of(2009, DomainCreateException.class),
        Arguments.of(2010, DomainCreateException.Taken.class),
        Arguments.of(2011, DomainCreateException.Premium.class),
        Arguments.of(2012, DomainException.TransferError.class),
        Arguments.of(2100, DomainRenewException.class),
        Arguments.of(2101, DomainRenewException.NotAllowed.class),
        Arguments.of(2102, DomainRenewException.Blocked.class),
        Arguments.of(2200, DomainUpdateException.class),
        Arguments.of(2201, DomainUpdateException.NotAllowed.class),
        Arguments.of(2202, DomainUpdateException.Blocked.class),
        Arguments.of(2210, DomainException.OwnerVerificationStatus.class),
        Arguments.of(3001, ContactException.NotFound.class),
        Arguments.of(3002, ContactException.DataError.class),
        Arguments.of(3003, ContactException.VerificationStatus.class),
        Arguments.of(3500, UserException.class),
        Arguments.of(3501, UserException.class),
        Arguments.of(3502, UserException.class),
        Arguments.of(4001, ServiceException.class),
        Arguments.of(4002, ServiceException.class),
        Arguments.of(4003, ServiceException.class),
        Arguments.of(4004, ServiceException.class),
        Arguments.of(4005, ServiceException.class),
        Arguments.of(4006, ServiceException.class),
        Arguments.of(4007, ServiceException.class),
        Arguments.of(4008, ServiceException.class),
        Arguments.of(4009, ServiceException.class),
        Arguments.of(4010, ServiceException.class),
        Arguments.of(5000, SslException.class),
        Arguments.of(5001, SslException.class),
        Arguments.of(10001, WebConstructorException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("table")
  void codeMapsToItsException(int code, Class<? extends DonDominioApiException> type) {
    DonDominioApiException e =
        ErrorCodes.toException(
            new ApiErrorDetails(code, "msg", "domain/getinfo", List.of("detail"), "1.0.26"));
    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(ErrorCodes.isKnown(code)).isTrue();
  }

  @Test
  void familiesGroupTheirCodes() {
    assertThat(ErrorCodes.toException(details(2010))).isInstanceOf(DomainCreateException.class);
    assertThat(ErrorCodes.toException(details(2011))).isInstanceOf(DomainException.class);
    assertThat(ErrorCodes.toException(details(2102))).isInstanceOf(DomainRenewException.class);
    assertThat(ErrorCodes.toException(details(2202))).isInstanceOf(DomainUpdateException.class);
    assertThat(ErrorCodes.toException(details(1004))).isInstanceOf(AccountAccessException.class);
    assertThat(ErrorCodes.toException(details(201))).isInstanceOf(AccountAccessException.class);
    assertThat(ErrorCodes.toException(details(105))).isInstanceOf(SyntaxException.class);
    assertThat(ErrorCodes.toException(details(3001))).isInstanceOf(ContactException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2, 1008, 2013, 9999, -1})
  void unknownCodesGiveTheBaseType(int code) {
    assertThat(ErrorCodes.toException(details(code)))
        .isExactlyInstanceOf(DonDominioApiException.class);
    assertThat(ErrorCodes.isKnown(code)).isFalse();
  }

  @Test
  void anErrorResponseRaisesTheMappedExceptionWithEnvelopeDetails() {
    server.replyOk(Fixtures.error("domain/getinfo", 2008, "Domain not found"));
    DomainNotFoundException e =
        catchThrowableOfType(
            DomainNotFoundException.class,
            () -> client.call(DomainGetInfoRequest.status(DomainSelector.parse("gone.com"))));
    assertThat(e.errorCode()).isEqualTo(2008);
    assertThat(e.action()).isEqualTo("domain/getinfo");
    assertThat(e.messages()).containsExactly("Domain not found");
    assertThat(e.errorCodeMsg()).isEqualTo("Domain not found");
    assertThat(e.serverVersion()).isEqualTo("1.0.26");
    assertThat(e.getMessage())
        .isEqualTo("domain/getinfo failed with error 2008 (Domain not found): Domain not found");
    assertThat(server.received()).as("API errors are never retried").hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", ",\"responseData\":null", ",\"responseData\":[]", ",\"responseData\":{}"})
  void errorEnvelopesMayCarryAnyEmptyResponseData(String responseData) {
    server.replyOk(
        "{\"success\":false,\"errorCode\":\"2005\",\"errorCodeMsg\":\"Transfer not allowed\","
            + "\"action\":\"domain\\/transfer\",\"version\":\"1.0.26\","
            + "\"messages\":[\"Domain in the system\"]"
            + responseData
            + "}");
    DomainException.TransferNotAllowed e =
        catchThrowableOfType(
            DomainException.TransferNotAllowed.class,
            () ->
                client.call(
                    DomainTransferRequest.builder(
                            DomainName.of("mine.com"),
                            DomainContacts.ofOwner(ContactRef.existing("ABC-1")))
                        .build()));
    assertThat(e.messages()).containsExactly("Domain in the system");
    assertThat(e.action()).isEqualTo("domain/transfer");
  }

  @Test
  void anErrorWithoutMessagesOrActionStillNamesTheAction() {
    server.replyOk("{\"success\":false,\"errorCode\":1100}");
    InsufficientBalanceException e =
        catchThrowableOfType(
            InsufficientBalanceException.class,
            () -> client.call(DomainGetInfoRequest.status(DomainSelector.parse("x.com"))));
    assertThat(e.action()).isEqualTo("domain/getinfo");
    assertThat(e.messages()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("domain/getinfo failed with error 1100");
  }

  private static ApiErrorDetails details(int code) {
    return new ApiErrorDetails(code, "", "domain/create", List.of(), "");
  }
}
