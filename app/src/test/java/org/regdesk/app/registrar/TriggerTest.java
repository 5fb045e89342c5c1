package org.regdesk.app.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class TriggerTest {

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aRequestsSignedInUserOrApiTokenIsTheTriggerWithoutAnyCode() {
    assertThat(Trigger.current()).isEqualTo(Trigger.system("desk"));

    signIn("alice");
    assertThat(Trigger.current()).isEqualTo(Trigger.user("alice"));

    signIn("api-token:12:billing sync");
    assertThat(Trigger.current()).isEqualTo(Trigger.apiToken("12:billing sync"));
    assertThat(Trigger.current().toString()).isEqualTo("API token 12:billing sync");

    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
    assertThat(Trigger.current()).isEqualTo(Trigger.system("desk"));
  }

  @Test
  void anEnteredTriggerWinsUntilItsScopeClosesAndScopesNest() {
    signIn("alice");
    try (Trigger.Scope job = Trigger.job("sync").enter()) {
      assertThat(Trigger.current()).isEqualTo(Trigger.job("sync"));
      try (Trigger.Scope health = Trigger.system("health check").enter()) {
        assertThat(Trigger.current()).isEqualTo(Trigger.system("health check"));
      }
      assertThat(Trigger.current()).isEqualTo(Trigger.job("sync"));
    }
    assertThat(Trigger.scoped()).isEmpty();
    assertThat(Trigger.current()).isEqualTo(Trigger.user("alice"));
  }

  @Test
  void namesAreRequiredAndCutToTheColumn() {
    assertThatThrownBy(() -> Trigger.job(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Trigger.job("x".repeat(500)).name()).hasSize(Trigger.MAX_NAME_LENGTH);
    assertThat(Trigger.job("renew example.com").toString()).isEqualTo("job renew example.com");
  }

  private static void signIn(String name) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                name, "", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
  }
}
