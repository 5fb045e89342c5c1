package org.regdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class AdminCommandLineTest {

  @TempDir Path dataDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void createsAnAdminResetsItsPasswordAndRefusesADuplicate() {
    assertThat(run("create", "--username", "Ops")).isEqualTo(AdminCommandLine.OK);
    String created = password(out.toString(StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Created administrator ops");
    assertThat(stored("ops")).satisfies(hash -> assertMatches(created, hash));

    out.reset();
    assertThat(run("create", "--username=ops")).isEqualTo(AdminCommandLine.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: --username: a user named 'ops' already exists");

    assertThat(run("reset-password", "--username", "ops")).isEqualTo(AdminCommandLine.OK);
    String reset = password(out.toString(StandardCharsets.UTF_8));
    assertThat(reset).isNotEqualTo(created);
    assertMatches(reset, stored("ops"));
  }

  @Test
  void resettingAnUnknownUserSaysSo() {
    assertThat(run("reset-password", "--username", "ghost")).isEqualTo(AdminCommandLine.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: --username: no user named 'ghost' exists");
  }

  @Test
  void aWrongCommandLineNamesTheFlagAndTouchesNoDatabase() {
    assertThat(run("create")).isEqualTo(AdminCommandLine.USAGE);
    assertThat(run("create", "--username")).isEqualTo(AdminCommandLine.USAGE);
    assertThat(run("create", "--user", "x")).isEqualTo(AdminCommandLine.USAGE);
    assertThat(run("create", "--username", "no spaces")).isEqualTo(AdminCommandLine.USAGE);
    assertThat(run("delete", "--username", "x")).isEqualTo(AdminCommandLine.USAGE);

    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: --username is required")
        .contains("error: --username needs a value")
        .contains("error: unknown option --user")
        .contains("error: --username must be 2 to 100 characters")
        .contains("error: unknown admin command 'delete'")
        .contains("Usage: ./regdesk admin");
    assertThat(dataDir).isEmptyDirectory();
  }

  private int run(String... args) {
    return new AdminCommandLine(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("regdesk.data-dir", dataDir.toString()))
        .run(List.of(args));
  }

  private String stored(String username) {
    SingleConnectionDataSource db =
        new SingleConnectionDataSource(
            "jdbc:h2:file:" + dataDir + "/regdesk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
            "",
            "",
            false);
    try {
      return JdbcClient.create(db)
          .sql("SELECT password_hash FROM user_accounts WHERE username = :u")
          .param("u", username)
          .query(String.class)
          .single();
    } finally {
      db.destroy();
    }
  }

  private static String password(String output) {
    return output.replaceAll("(?s).*One-time password: (\\S+).*", "$1");
  }

  private static void assertMatches(String password, String hash) {
    assertThat(new BCryptPasswordEncoder().matches(password, hash)).isTrue();
  }
}
