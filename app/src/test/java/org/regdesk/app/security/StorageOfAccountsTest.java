package org.regdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.RecordingConsole;
import org.regdesk.app.testing.TestDatabase;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Accounts, the first-start admin and API tokens against both databases. */
class StorageOfAccountsTest {

  // the lowest BCrypt cost keeps these tests fast; the desk uses the default
  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
  private final MutableClock clock = new MutableClock();

  @DatabaseTest
  void firstStartCreatesTheAdminOnceAndPrintsItsOneTimePasswordOnce(TestDatabase db) {
    UserAccounts accounts = accounts(db);
    RecordingConsole console = new RecordingConsole();
    FirstStartAdmin firstStart = new FirstStartAdmin(accounts, console);

    assertThat(firstStart.createIfNone()).isTrue();
    assertThat(firstStart.createIfNone()).isFalse();

    assertThat(console.printed()).hasSize(1);
    String printed = console.printed().get(0);
    String password = printed.replaceAll("(?s).*password:\\s+(\\S+).*", "$1");
    UserAccount admin = accounts.find("admin").orElseThrow();
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.mustChangePassword()).isTrue();
    assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
    assertThat(admin.passwordHash()).doesNotContain(password);
  }

  @DatabaseTest
  void namesAreUniqueWhateverTheCaseAndResetNeedsAnExistingUser(TestDatabase db) {
    UserAccounts accounts = accounts(db);
    accounts.create("Operator", Role.ADMIN);

    assertThatThrownBy(() -> accounts.create("OPERATOR", Role.CUSTOMER))
        .isInstanceOf(ConflictException.class)
        .hasMessage("a user named 'operator' already exists");
    assertThatThrownBy(() -> accounts.resetPassword("ghost")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> accounts.create("bad name!", Role.ADMIN))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("username"));
  }

  @DatabaseTest
  void resetIssuesANewOneTimePassword(TestDatabase db) {
    UserAccounts accounts = accounts(db);
    OneTimePassword first = accounts.create("ops", Role.ADMIN);
    accounts.changePassword(
        "ops",
        new UserAccounts.PasswordChange(
            first.password(), "my own password 1", "my own password 1"));
    assertThat(accounts.find("ops").orElseThrow().mustChangePassword()).isFalse();

    clock.advance(Duration.ofDays(1));
    OneTimePassword reset = accounts.resetPassword("OPS");

    UserAccount account = accounts.find("ops").orElseThrow();
    assertThat(account.mustChangePassword()).isTrue();
    assertThat(encoder.matches(reset.password(), account.passwordHash())).isTrue();
    assertThat(account.passwordChangedAt()).isEqualTo(clock.instant());
  }

  @DatabaseTest
  void apiTokensKeepOnlyAHashAndStopWorkingWhenRevoked(TestDatabase db) {
    ApiTokens tokens = new ApiTokens(new ApiTokenRepository(db.jdbc()), clock);
    NewApiToken created = tokens.create("billing", "admin");

    String stored =
        db.jdbc()
            .sql("SELECT token_hash FROM api_tokens WHERE id = :id")
            .param("id", created.token().id())
            .query(String.class)
            .single();
    assertThat(stored).hasSize(64).doesNotContain(created.secret().substring(4));
    assertThat(created.toString()).doesNotContain(created.secret());

    clock.advance(Duration.ofMinutes(5));
    assertThat(tokens.authenticate(created.secret())).isPresent();
    assertThat(tokens.list(PageRequest.first()).items().get(0).lastUsedAt())
        .isEqualTo(clock.instant());

    tokens.revoke(created.token().id());
    assertThat(tokens.authenticate(created.secret())).isEmpty();
    assertThatThrownBy(() -> tokens.revoke(created.token().id()))
        .isInstanceOf(ConflictException.class);
    assertThat(tokens.list(PageRequest.first()).items().get(0).revoked()).isTrue();
  }

  private UserAccounts accounts(TestDatabase db) {
    return new UserAccounts(new UserAccountRepository(db.jdbc()), encoder, clock);
  }
}
