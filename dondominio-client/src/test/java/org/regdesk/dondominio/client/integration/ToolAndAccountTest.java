package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.account.AccountInfo;
import org.regdesk.dondominio.client.account.AccountInfoRequest;
import org.regdesk.dondominio.client.account.AccountZonesRequest;
import org.regdesk.dondominio.client.account.Zone;
import org.regdesk.dondominio.client.error.AccountAccessException;
import org.regdesk.dondominio.client.error.SyntaxException;
import org.regdesk.dondominio.client.testing.RecordingSleeper;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.tool.HelloRequest;
import org.regdesk.dondominio.client.tool.HelloResponse;
import org.regdesk.dondominio.client.tool.IdnConversion;
import org.regdesk.dondominio.client.tool.IdnConverterRequest;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.client.value.Money;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** {@code tool/*} and {@code account/*} through the client against the sandbox. */
class ToolAndAccountTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);

  @Test
  void helloEchoesTheCallerAndTheApiVersion() {
    HelloResponse hello = client.call(new HelloRequest());

    assertThat(hello.ip()).isEqualTo("127.0.0.1");
    assertThat(hello.lang()).isNotEmpty();
    assertThat(hello.version()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
  }

  @Test
  void theSandboxSeesTheClientsUserAgentCredentialsAndOutputOptions() {
    client.call(new HelloRequest());

    Map<String, String> sent = callsOf(sandbox, "tool/hello").get(0).parameters();
    assertThat(sent)
        .containsEntry("apiuser", sandbox.apiUser())
        .containsEntry("output-format", "json")
        .containsKey("apipasswd");
    assertThat(sent.get("apipasswd")).isNotEqualTo(sandbox.apiPassword());
  }

  @Test
  void idnConverterGivesBothForms() {
    IdnConversion conversion = client.call(new IdnConverterRequest("españa.es"));

    assertThat(conversion.punycode()).isEqualTo("xn--espaa-rta.es");
    assertThat(conversion.unicode()).isEqualTo("españa.es");
  }

  @Test
  void idnConverterKeepsSharpSAsALetterOfItsOwn() {
    IdnConversion toAscii = client.call(new IdnConverterRequest("straße.de"));
    IdnConversion toUnicode = client.call(new IdnConverterRequest("xn--strae-oqa.de"));

    assertThat(toAscii.punycode()).isEqualTo("xn--strae-oqa.de");
    assertThat(toAscii.unicode()).isEqualTo("straße.de");
    assertThat(toUnicode.unicode()).isEqualTo("straße.de");
    assertThat(DomainName.of(toAscii.unicode()).ascii()).isEqualTo(toAscii.punycode());
  }

  @Test
  void idnConverterRefusesWhatIsNotAName() {
    SyntaxException e =
        catchThrowableOfType(
            SyntaxException.class, () -> client.call(new IdnConverterRequest("a..b")));

    assertThat(e.errorCode()).isIn(101, 105);
    assertThat(e.action()).isEqualTo("tool/idnconverter");
    assertThat(e.messages()).isNotEmpty();
  }

  @Test
  void accountInfoShowsBalanceAndThresholdInTheAccountCurrency() {
    sandbox.updateAccount(Map.of("balance", "123.45", "threshold", "20"));

    AccountInfo info = client.call(new AccountInfoRequest());

    assertThat(info.apiUser()).isEqualTo(sandbox.apiUser());
    assertThat(info.clientName()).isNotBlank();
    assertThat(info.balance()).isEqualTo(Money.of("123.45", "EUR"));
    assertThat(info.threshold().orElseThrow().amount()).isEqualByComparingTo("20");
    assertThat(info.ip()).isEqualTo("127.0.0.1");
  }

  @Test
  void zonesArePagedAndCarryPricesYearsAndCodeRequirement() {
    List<Zone> zones = new ArrayList<>();
    client.iterate(AccountZonesRequest.all(5)).forEachRemaining(zones::add);

    assertThat(zones).extracting(Zone::tld).doesNotHaveDuplicates().contains("com", "es", "com.es");
    int total = client.page(AccountZonesRequest.all(5), 1).total();
    assertThat(zones).hasSize(total);
    assertThat(callsOf(sandbox, "account/zones")).hasSize((total + 4) / 5 + 1);
    Zone com = zones.stream().filter(z -> z.tld().equals("com")).findFirst().orElseThrow();
    assertThat(com.authcodeRequired()).isTrue();
    assertThat(com.create().orElseThrow().price()).isPositive();
    assertThat(com.create().orElseThrow().years()).contains(1, 2);
    assertThat(com.renew()).isPresent();
    assertThat(com.transfer()).isPresent();
  }

  @Test
  void zonesFilterByTldAndByTopLevelDomain() {
    List<Zone> comEs = client.page(AccountZonesRequest.forTld("com.es"), 1).items();
    assertThat(comEs).singleElement().satisfies(z -> assertThat(z.tldTop()).isEqualTo("es"));

    List<Zone> underEs = new ArrayList<>();
    client
        .iterate(new AccountZonesRequest(Paging.firstPage(), Optional.empty(), Optional.of("es")))
        .forEachRemaining(underEs::add);
    assertThat(underEs).isNotEmpty().allSatisfy(z -> assertThat(z.tldTop()).isEqualTo("es"));
    assertThat(underEs).extracting(Zone::tld).contains("es", "com.es");
  }

  @Test
  void aWrongUserIs1003AndIsNotRetried() {
    RecordingSleeper sleeper = new RecordingSleeper();
    DonDominioClient stranger = clientFor(sandbox, sleeper).apiUser("nobody").build();

    AccountAccessException.NotExists e =
        catchThrowableOfType(
            AccountAccessException.NotExists.class, () -> stranger.call(new AccountInfoRequest()));

    assertThat(e.errorCode()).isEqualTo(1003);
    assertThat(e.action()).isEqualTo("account/info");
    assertThat(e.messages()).isNotEmpty();
    assertThat(callsOf(sandbox, "account/info")).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void aWrongPasswordIs1004AndTheMessageNeverShowsWhatWasSent() {
    String wrong = "Wr0ng&Secret=99";
    DonDominioClient intruder =
        clientFor(sandbox, new RecordingSleeper()).apiPassword(wrong).build();

    AccountAccessException.InvalidPassword e =
        catchThrowableOfType(
            AccountAccessException.InvalidPassword.class, () -> intruder.call(new HelloRequest()));

    assertThat(e.errorCode()).isEqualTo(1004);
    assertThat(e.action()).isEqualTo("tool/hello");
    assertThat(e.messages()).isNotEmpty();
    assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain(sandbox.apiPassword());
    assertThat(intruder.toString()).doesNotContain(wrong);
  }
}
