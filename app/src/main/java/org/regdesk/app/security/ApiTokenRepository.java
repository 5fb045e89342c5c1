package org.regdesk.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code api_tokens} table. */
@Repository
public class ApiTokenRepository {

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public ApiTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts a token.
   *
   * @param name its purpose
   * @param hash SHA-256 of the token, hex
   * @param prefix its first characters
   * @param createdBy the admin
   * @param now the creation time
   * @return the new row id
   */
  public long insert(String name, String hash, String prefix, String createdBy, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO api_tokens (name, token_hash, token_prefix, created_by, created_at)
            VALUES (:name, :hash, :prefix, :createdBy, :now)
            """)
        .param("name", name)
        .param("hash", hash)
        .param("prefix", prefix)
        .param("createdBy", createdBy)
        .param("now", SqlTime.toSql(now))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * Finds a token by id.
   *
   * @param id the row id
   * @return the token, if any
   */
  public Optional<ApiToken> find(long id) {
    return jdbc.sql("SELECT * FROM api_tokens WHERE id = :id")
        .param("id", id)
        .query(ApiTokenRepository::map)
        .optional();
  }

  /**
   * Finds a working (not revoked) token by its hash.
   *
   * @param hash SHA-256 of the presented token, hex
   * @return the token, if it exists and is not revoked
   */
  public Optional<ApiToken> findActiveByHash(String hash) {
    return jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
        .param("hash", hash)
        .query(ApiTokenRepository::map)
        .optional();
  }

  /**
   * One page of tokens, newest first.
   *
   * @param page which page
   * @return the tokens
   */
  public List<ApiToken> list(PageRequest page) {
    return jdbc.sql(
            "SELECT * FROM api_tokens ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(ApiTokenRepository::map)
        .list();
  }

  /**
   * Counts all tokens.
   *
   * @return the count
   */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM api_tokens").query(Long.class).single();
  }

  /**
   * Revokes a token that is not yet revoked.
   *
   * @param id the row id
   * @param now the revocation time
   * @return rows updated (0 when missing or already revoked)
   */
  public int revoke(long id, Instant now) {
    return jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
        .param("id", id)
        .param("now", SqlTime.toSql(now))
        .update();
  }

  /**
   * Records a use.
   *
   * @param id the row id
   * @param now the time of use
   */
  public void touch(long id, Instant now) {
    jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
        .param("id", id)
        .param("now", SqlTime.toSql(now))
        .update();
  }

  private static ApiToken map(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("token_prefix"),
        rs.getString("created_by"),
        SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "last_used_at"),
        SqlTime.instant(rs, "revoked_at"));
  }
}
