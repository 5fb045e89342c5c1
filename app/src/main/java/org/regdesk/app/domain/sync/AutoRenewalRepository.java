package org.regdesk.app.domain.sync;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regdesk.app.storage.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code auto_renewals} table and the query for domains due. */
@Repository
public class AutoRenewalRepository {

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public AutoRenewalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A domain due for automatic renewal.
   *
   * @param id the domain's id
   * @param expiresOn its current expiry
   */
  record Due(long id, LocalDate expiresOn) {}

  /**
   * Domains flagged auto-renew, held, expiring on or before a day, without a renewal ordered for
   * their current expiry.
   *
   * @param until the last expiry date that is due
   * @param limit at most this many
   * @return the domains, soonest expiry first
   */
  List<Due> due(LocalDate until, int limit) {
    return jdbc.sql(
            """
            SELECT d.id, d.expires_on
              FROM domains d
             WHERE d.auto_renew = TRUE
               AND d.expires_on IS NOT NULL
               AND d.expires_on <= :until
               AND d.status IN ('ACTIVE', 'EXPIRED')
               AND NOT EXISTS (SELECT 1 FROM auto_renewals r
                                WHERE r.domain_id = d.id AND r.expires_on = d.expires_on)
             ORDER BY d.expires_on, d.id
             LIMIT :limit
            """)
        .param("until", Date.valueOf(until))
        .param("limit", limit)
        .query((rs, n) -> new Due(rs.getLong("id"), rs.getObject("expires_on", LocalDate.class)))
        .list();
  }

  /**
   * Claims the renewal of a domain's expiry; fails with a duplicate key when it was claimed.
   *
   * @param domainId the domain
   * @param expiresOn the expiry renewed
   * @param message what was done
   * @param at when
   */
  void insert(long domainId, LocalDate expiresOn, Long orderId, String message, Instant at) {
    jdbc.sql(
            """
            INSERT INTO auto_renewals (domain_id, expires_on, order_id, message, created_at)
            VALUES (:domainId, :expiresOn, :orderId, :message, :at)
            """)
        .param("domainId", domainId)
        .param("expiresOn", Date.valueOf(expiresOn))
        .param("orderId", orderId)
        .param("message", message)
        .param("at", SqlTime.toSql(at))
        .update();
  }

  /**
   * The renewals ordered for a domain.
   *
   * @param domainId the domain
   * @return the expiries renewed, oldest first
   */
  List<LocalDate> renewedExpiries(long domainId) {
    return jdbc.sql(
            "SELECT expires_on FROM auto_renewals WHERE domain_id = :id ORDER BY expires_on")
        .param("id", domainId)
        .query((rs, n) -> rs.getObject("expires_on", LocalDate.class))
        .list();
  }
}
