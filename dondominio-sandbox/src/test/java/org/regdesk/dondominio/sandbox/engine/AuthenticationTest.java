package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationTest {
  private final EngineFixture sandbox = EngineFixture.empty();

  private ApiError callWith(String action, Map<String, String> fields) {
    return catchThrowableOfType(
        ApiError.class, () -> sandbox.engine.call(action, Params.of(fields), EngineFixture.IP));
  }

  @Test
  void missing_user_is_login_required_naming_the_field() {
    ApiError error = callWith("tool/hello", Map.of("apipasswd", "sandbox"));
    assertThat(error.code()).isEqualTo(ErrorCodes.LOGIN_REQUIRED);
    assertThat(error.messages()).anyMatch(m -> m.contains("apiuser"));
  }

  @Test
  void missing_password_is_login_required_naming_the_field() {
    ApiError error = callWith("tool/hello", Map.of("apiuser", "sandbox", "apipasswd", ""));
    assertThat(error.code()).isEqualTo(ErrorCodes.LOGIN_REQUIRED);
    assertThat(error.messages()).anyMatch(m -> m.contains("apipasswd"));
  }

  @Test
  void wrong_user_is_1003_and_wrong_password_1004() {
    assertThat(callWith("tool/hello", Map.of("apiuser", "other", "apipasswd", "sandbox")).code())
        .isEqualTo(ErrorCodes.ACCOUNT_NOT_EXISTS);
    assertThat(callWith("tool/hello", Map.of("apiuser", "sandbox", "apipasswd", "nope")).code())
        .isEqualTo(ErrorCodes.INVALID_PASSWORD);
  }

  @Test
  void the_wrong_password_is_never_echoed() {
    ApiError error =
        callWith("account/info", Map.of("apiuser", "sandbox", "apipasswd", "s3cr3t-guess"));
    assertThat(error.getMessage()).doesNotContain("s3cr3t-guess");
    assertThat(error.messages()).noneMatch(m -> m.contains("s3cr3t-guess"));
  }

  @Test
  void credentials_are_checked_before_the_action_exists() {
    ApiError error = callWith("no/such", Map.of("apiuser", "x", "apipasswd", "y"));
    assertThat(error.code()).isEqualTo(ErrorCodes.ACCOUNT_NOT_EXISTS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"contact/update", "domain/whois", "no/such", "tool/dig", "ssl/list"})
  void unimplemented_actions_are_102(String action) {
    assertThat(sandbox.fail(action).code()).isEqualTo(ErrorCodes.INVALID_ACTION);
    assertThat(sandbox.engine.knows(action)).isFalse();
  }

  @Test
  void knows_every_implemented_action() {
    for (String action :
        new String[] {
          "tool/hello",
          "tool/idnconverter",
          "account/info",
          "account/zones",
          "domain/check",
          "domain/checkfortransfer",
          "domain/create",
          "domain/transfer",
          "domain/transferrestart",
          "domain/renew",
          "domain/update",
          "domain/updatenameservers",
          "domain/updatecontacts",
          "domain/getinfo",
          "domain/getauthcode",
          "domain/getnameservers",
          "domain/getgluerecords",
          "domain/getdnssec",
          "domain/list",
          "domain/listdeleted",
          "domain/gethistory",
          "domain/gluerecordcreate",
          "domain/gluerecordupdate",
          "domain/gluerecorddelete",
          "domain/dnsseccreate",
          "domain/dnssecdelete",
          "domain/resendverificationmail",
          "contact/list",
          "contact/getinfo",
          "contact/create",
          "contact/resendverificationmail"
        }) {
      assertThat(sandbox.engine.knows(action)).as(action).isTrue();
    }
  }

  @Test
  void config_and_params_do_not_show_the_password() {
    assertThat(SandboxEngine.Config.defaults().toString()).doesNotContain("apiPassword=sandbox");
    assertThat(EngineFixture.params("authcode", "Xy#12+ab").toString())
        .doesNotContain("sandbox")
        .doesNotContain("Xy#12+ab");
  }
}
