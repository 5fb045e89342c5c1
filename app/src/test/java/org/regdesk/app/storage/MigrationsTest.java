package org.regdesk.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** Every migration runs on H2 and PostgreSQL, and the tables behave the same on both. */
class MigrationsTest {

  private static final Pattern NAME = Pattern.compile("V[1-8]_\\d{2}__[a-z0-9_]+\\.sql");

  @DatabaseTest
  void everyMigrationRuns(TestDatabase db) throws Exception {
    List<String> applied =
        db.jdbc()
            .sql(
                "SELECT script FROM flyway_schema_history WHERE success = TRUE AND type = 'SQL'"
                    + " ORDER BY installed_rank")
            .query(String.class)
            .list();
    assertThat(applied).containsExactlyElementsOf(migrationFiles());
  }

  @DatabaseTest
  void timesRoundTripAndUniqueAndCheckConstraintsHold(TestDatabase db) {
    Instant created = Instant.parse("2026-03-02T09:00:00.123456Z");
    insertUser(db, "alice", "ADMIN", created);

    Instant read =
        db.jdbc()
            .sql("SELECT created_at FROM user_accounts WHERE username = 'alice'")
            .query((rs, row) -> SqlTime.instant(rs, "created_at"))
            .single();
    assertThat(read).isEqualTo(created);
    assertThatThrownBy(() -> insertUser(db, "alice", "ADMIN", created))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(() -> insertUser(db, "bob", "SUPERUSER", created))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @DatabaseTest
  void aFailedWriteInATransactionLeavesNothing(TestDatabase db) {
    Instant now = Instant.parse("2026-03-02T09:00:00Z");

    assertThatThrownBy(
            () ->
                db.transactions()
                    .executeWithoutResult(
                        status -> {
                          insertUser(db, "carol", "ADMIN", now);
                          insertUser(db, "carol", "ADMIN", now);
                        }))
        .isInstanceOf(DuplicateKeyException.class);

    assertThat(
            db.jdbc()
                .sql("SELECT COUNT(*) FROM user_accounts WHERE username = 'carol'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void migrationFilesFollowTheNumberingScheme() throws Exception {
    assertThat(migrationFiles()).isNotEmpty().allSatisfy(name -> assertThat(name).matches(NAME));
    assertThat(migrationFiles().stream().map(n -> n.substring(0, n.indexOf("__"))).distinct())
        .hasSameSizeAs(migrationFiles());
  }

  private static void insertUser(TestDatabase db, String name, String role, Instant at) {
    db.jdbc()
        .sql(
            """
            INSERT INTO user_accounts (username, password_hash, role, must_change_password,
                                       enabled, created_at, password_changed_at)
            VALUES (:name, 'x', :role, TRUE, TRUE, :at, :at)
            """)
        .param("name", name)
        .param("role", role)
        .param("at", SqlTime.toSql(at))
        .update();
  }

  private static List<String> migrationFiles() throws IOException, URISyntaxException {
    Path dir = Paths.get(MigrationsTest.class.getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
