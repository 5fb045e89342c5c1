package org.regdesk.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code user_accounts} table. */
@Repository
public class UserAccountRepository {

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public UserAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Finds a user by (lower-case) name.
   *
   * @param username the user name
   * @return the account, if any
   */
  public Optional<UserAccount> findByUsername(String username) {
    return jdbc.sql("SELECT * FROM user_accounts WHERE username = :username")
        .param("username", username)
        .query(UserAccountRepository::map)
        .optional();
  }

  /**
   * Counts the accounts with a role.
   *
   * @param role the role
   * @return how many there are
   */
  public long countByRole(Role role) {
    return jdbc.sql("SELECT COUNT(*) FROM user_accounts WHERE role = :role")
        .param("role", role.name())
        .query(Long.class)
        .single();
  }

  /**
   * Inserts an account.
   *
   * @param username the lower-case user name
   * @param passwordHash the BCrypt hash
   * @param role the role
   * @param mustChangePassword whether the password is a one-time one
   * @param now the creation time
   */
  public void insert(
      String username, String passwordHash, Role role, boolean mustChangePassword, Instant now) {
    jdbc.sql(
            """
            INSERT INTO user_accounts (username, password_hash, role, must_change_password,
                                       enabled, created_at, password_changed_at)
            VALUES (:username, :hash, :role, :mustChange, TRUE, :now, :now)
            """)
        .param("username", username)
        .param("hash", passwordHash)
        .param("role", role.name())
        .param("mustChange", mustChangePassword)
        .param("now", SqlTime.toSql(now))
        .update();
  }

  /**
   * Replaces a password.
   *
   * @param username the user name
   * @param passwordHash the new BCrypt hash
   * @param mustChangePassword whether it is a one-time password
   * @param now when it changed
   * @return rows updated (0 when no such user)
   */
  public int updatePassword(
      String username, String passwordHash, boolean mustChangePassword, Instant now) {
    return jdbc.sql(
            """
            UPDATE user_accounts
               SET password_hash = :hash, must_change_password = :mustChange,
                   password_changed_at = :now, enabled = TRUE
             WHERE username = :username
            """)
        .param("username", username)
        .param("hash", passwordHash)
        .param("mustChange", mustChangePassword)
        .param("now", SqlTime.toSql(now))
        .update();
  }

  private static UserAccount map(ResultSet rs, int row) throws SQLException {
    return new UserAccount(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getBoolean("must_change_password"),
        rs.getBoolean("enabled"),
        SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "password_changed_at"));
  }
}
