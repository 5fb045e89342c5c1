package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.error.AccountAccessException;
import org.regdesk.dondominio.client.error.DomainNotFoundException;
import org.regdesk.dondominio.client.testing.ActionSamples;
import org.regdesk.dondominio.client.testing.RecordingSleeper;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** Rules that hold for every action: credentials are checked, unknown domains are 2008. */
class EveryActionTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private static final DomainName ABSENT = DomainName.of("not-in-this-account.com");

  private final Sandbox sandbox = SANDBOX.get();

  @Test
  void everyActionHasASample() {
    assertThat(ActionSamples.every(ABSENT).keySet()).containsExactlyInAnyOrder(ApiAction.values());
  }

  @ParameterizedTest
  @EnumSource(ApiAction.class)
  void aWrongPasswordIs1004OnEveryActionAndNothingHappens(ApiAction action) {
    RecordingSleeper sleeper = new RecordingSleeper();
    DonDominioClient intruder = clientFor(sandbox, sleeper).apiPassword("not-the-password").build();
    ApiRequest<?> request = ActionSamples.every(ABSENT).get(action);

    AccountAccessException.InvalidPassword e =
        catchThrowableOfType(
            AccountAccessException.InvalidPassword.class, () -> intruder.call(request));

    assertThat(e.errorCode()).isEqualTo(1004);
    assertThat(e.action()).isEqualTo(action.actionName());
    assertThat(e.messages()).isNotEmpty();
    assertThat(e.getMessage()).doesNotContain("not-the-password");
    // an API error is an answer: never resent, reads included
    assertThat(callsOf(sandbox, action.actionName())).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
    assertThat(sandbox.domainState(ABSENT.ascii())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ApiAction.class)
  void anUnknownUserIs1003OnEveryAction(ApiAction action) {
    DonDominioClient stranger =
        clientFor(sandbox, new RecordingSleeper()).apiUser("99999-ZZZ").build();
    ApiRequest<?> request = ActionSamples.every(ABSENT).get(action);

    AccountAccessException.NotExists e =
        catchThrowableOfType(AccountAccessException.NotExists.class, () -> stranger.call(request));

    assertThat(e.errorCode()).isEqualTo(1003);
    assertThat(e.action()).isEqualTo(action.actionName());
    assertThat(e.messages()).isNotEmpty();
  }

  @Test
  void everyPerDomainActionSays2008ForADomainNotInTheAccount() {
    DonDominioClient client = clientFor(sandbox);
    for (Map.Entry<ApiAction, java.util.function.Function<DomainName, ApiRequest<?>>> sample :
        ActionSamples.perDomain().entrySet()) {
      String action = sample.getKey().actionName();
      DomainNotFoundException e =
          catchThrowableOfType(
              DomainNotFoundException.class, () -> client.call(sample.getValue().apply(ABSENT)));

      assertThat(e).as(action).isNotNull();
      assertThat(e.errorCode()).as(action).isEqualTo(2008);
      assertThat(e.action()).isEqualTo(action);
      assertThat(e.messages()).as(action).isNotEmpty();
    }
    assertThat(sandbox.domainState(ABSENT.ascii())).isEmpty();
  }
}
