package org.regdesk.app.mail;

import java.time.Instant;
import java.util.List;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table. */
@Repository
class OutboxRepository {

  private static final RowMapper<OutboxMail> MAIL =
      (rs, n) ->
          new OutboxMail(
              rs.getLong("id"),
              rs.getString("template"),
              rs.getString("recipient"),
              rs.getString("subject"),
              rs.getString("body"),
              rs.getString("secret") != null,
              rs.getString("state"),
              rs.getInt("attempts"),
              SqlTime.instant(rs, "next_try_at"),
              rs.getString("last_error"),
              SqlTime.instant(rs, "created_at"),
              SqlTime.instant(rs, "sent_at"));

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      String template,
      String recipient,
      String subject,
      String body,
      String sealedSecret,
      Instant now) {
    jdbc.sql(
            "INSERT INTO mail_outbox (template, recipient, subject, body, secret, state, attempts,"
                + " next_try_at, created_at) VALUES (:template, :recipient, :subject, :body,"
                + " :secret, 'PENDING', 0, :now, :now)")
        .param("template", template)
        .param("recipient", recipient)
        .param("subject", subject)
        .param("body", body)
        .param("secret", sealedSecret)
        .param("now", SqlTime.toSql(now))
        .update();
  }

  /** A due mail with its sealed secret (for the sender only). */
  record Due(OutboxMail mail, String sealedSecret) {}

  List<Due> due(Instant now, int limit) {
    return jdbc.sql(
            "SELECT * FROM mail_outbox WHERE state = 'PENDING' AND next_try_at <= :now"
                + " ORDER BY next_try_at, id LIMIT :limit")
        .param("now", SqlTime.toSql(now))
        .param("limit", limit)
        .query((rs, n) -> new Due(MAIL.mapRow(rs, n), rs.getString("secret")))
        .list();
  }

  /** Marks a mail sent and drops its secret; false when it was not pending any more. */
  boolean markSent(long id, Instant now) {
    return jdbc.sql(
                "UPDATE mail_outbox SET state = 'SENT', sent_at = :now, secret = NULL,"
                    + " attempts = attempts + 1, last_error = NULL"
                    + " WHERE id = :id AND state = 'PENDING'")
            .param("now", SqlTime.toSql(now))
            .param("id", id)
            .update()
        == 1;
  }

  void markFailed(long id, String error, Instant nextTry) {
    jdbc.sql(
            "UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error,"
                + " next_try_at = :next WHERE id = :id AND state = 'PENDING'")
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("next", SqlTime.toSql(nextTry))
        .param("id", id)
        .update();
  }

  Page<OutboxMail> page(String state, PageRequest request) {
    String where = state == null ? "" : " WHERE state = :state";
    var count = jdbc.sql("SELECT COUNT(*) FROM mail_outbox" + where);
    var select =
        jdbc.sql(
            "SELECT * FROM mail_outbox"
                + where
                + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset");
    if (state != null) {
      count = count.param("state", state);
      select = select.param("state", state);
    }
    long total = count.query(Long.class).single();
    List<OutboxMail> items =
        select.param("limit", request.size()).param("offset", request.offset()).query(MAIL).list();
    return new Page<>(items, request, total);
  }

  List<OutboxMail> to(String recipient) {
    return jdbc.sql("SELECT * FROM mail_outbox WHERE recipient = :r ORDER BY id")
        .param("r", recipient)
        .query(MAIL)
        .list();
  }
}
