package org.regdesk.app.order;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code orders} table. */
@Repository
public class OrderRepository {

  private static final String COLUMNS =
      "id, order_type, domain_id, domain_name, customer_id, plugin, years, price, currency,"
          + " premium_price, nameservers, expiry_guard, status, message, job_key, submitted_at,"
          + " created_at, updated_at, completed_at";

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public OrderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An order to insert, with its sealed auth code. */
  record NewOrder(
      OrderType type,
      long domainId,
      DomainName domain,
      long customerId,
      String plugin,
      int years,
      BigDecimal price,
      String currency,
      BigDecimal premiumPrice,
      String sealedAuthCode,
      List<String> nameservers,
      LocalDate expiryGuard,
      String jobKey,
      Instant at) {}

  long insert(NewOrder order) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO orders (order_type, domain_id, domain_name, customer_id, plugin, years,"
                + " price, currency, premium_price, auth_code, nameservers, expiry_guard, status,"
                + " open_key, job_key, created_at, updated_at) VALUES (:type, :domainId, :domain,"
                + " :customerId, :plugin, :years, :price, :currency, :premium, :authCode,"
                + " :nameservers, :guard, 'PENDING', :openKey, :jobKey, :at, :at)")
        .param("type", order.type().name())
        .param("domainId", order.domainId())
        .param("domain", order.domain().ascii())
        .param("customerId", order.customerId())
        .param("plugin", order.plugin())
        .param("years", order.years())
        .param("price", order.price())
        .param("currency", order.currency())
        .param("premium", order.premiumPrice())
        .param("authCode", order.sealedAuthCode())
        .param(
            "nameservers",
            order.nameservers().isEmpty() ? null : String.join(" ", order.nameservers()))
        .param("guard", order.expiryGuard() == null ? null : Date.valueOf(order.expiryGuard()))
        .param("openKey", Order.openKey(order.type(), order.domain()))
        .param("jobKey", order.jobKey())
        .param("at", SqlTime.toSql(order.at()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Order> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = :id")
        .param("id", id)
        .query(OrderRepository::read)
        .optional();
  }

  Optional<Order> findByJob(OrderType type, String jobKey) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM orders WHERE order_type = :type AND job_key = :key"
                + " ORDER BY id DESC LIMIT 1")
        .param("type", type.name())
        .param("key", jobKey)
        .query(OrderRepository::read)
        .optional();
  }

  Optional<String> sealedAuthCode(long id) {
    return jdbc.sql("SELECT auth_code FROM orders WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  boolean openExists(OrderType type, DomainName domain) {
    return jdbc.sql("SELECT COUNT(*) FROM orders WHERE open_key = :key")
            .param("key", Order.openKey(type, domain))
            .query(Long.class)
            .single()
        > 0;
  }

  boolean jobKeyUsed(OrderType type, String jobKey) {
    return jdbc.sql("SELECT COUNT(*) FROM orders WHERE order_type = :type AND job_key = :key")
            .param("type", type.name())
            .param("key", jobKey)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Sets the status and message; an open status takes the open key, an ended one drops it. */
  void updateStatus(long id, OrderStatus status, String message, Instant at) {
    Order order = find(id).orElseThrow();
    jdbc.sql(
            "UPDATE orders SET status = :status, message = :message, open_key = :openKey,"
                + " updated_at = :at, completed_at = :completed WHERE id = :id")
        .param("status", status.name())
        .param("message", truncate(message))
        .param("openKey", status.isOpen() ? order.openKey() : null)
        .param("at", SqlTime.toSql(at))
        .param("completed", status.isOpen() ? null : SqlTime.toSql(at))
        .param("id", id)
        .update();
  }

  void markSubmitted(long id, Instant at) {
    jdbc.sql(
            "UPDATE orders SET submitted_at = :at, updated_at = :at WHERE id = :id"
                + " AND submitted_at IS NULL")
        .param("at", SqlTime.toSql(at))
        .param("id", id)
        .update();
  }

  List<Order> page(OrderStatus status, OrderType type, DomainName domain, PageRequest page) {
    Where where = where(status, type, domain);
    var spec =
        jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM orders"
                + where.sql
                + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset");
    for (int i = 0; i < where.names.size(); i++) {
      spec = spec.param(where.names.get(i), where.values.get(i));
    }
    return spec.param("limit", page.size())
        .param("offset", page.offset())
        .query(OrderRepository::read)
        .list();
  }

  long count(OrderStatus status, OrderType type, DomainName domain) {
    Where where = where(status, type, domain);
    var spec = jdbc.sql("SELECT COUNT(*) FROM orders" + where.sql);
    for (int i = 0; i < where.names.size(); i++) {
      spec = spec.param(where.names.get(i), where.values.get(i));
    }
    return spec.query(Long.class).single();
  }

  /**
   * Registrations sent to the registrar and waiting for the registry that no desk follows: their
   * lease ran out, or was never taken although they were sent before {@code sentBefore}.
   *
   * @param now the desk's time
   * @param sentBefore registrations sent since then without a lease are still being taken up
   * @param limit at most this many, oldest first
   */
  List<Order> unfollowedRegistrations(Instant now, Instant sentBefore, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM orders WHERE status = 'RUNNING' AND order_type = 'REGISTER'"
                + " AND submitted_at IS NOT NULL AND (followed_until < :now"
                + " OR (followed_until IS NULL AND submitted_at < :sentBefore))"
                + " ORDER BY created_at, id LIMIT :limit")
        .param("now", SqlTime.toSql(now))
        .param("sentBefore", SqlTime.toSql(sentBefore))
        .param("limit", limit)
        .query(OrderRepository::read)
        .list();
  }

  /**
   * Those of some orders that are registrations sent to the registrar and still waiting.
   *
   * @param ids the orders (at most a thousand)
   */
  List<Order> waitingRegistrations(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM orders WHERE id IN (:ids) AND status = 'RUNNING'"
                + " AND order_type = 'REGISTER' AND submitted_at IS NOT NULL ORDER BY id")
        .param("ids", ids)
        .query(OrderRepository::read)
        .list();
  }

  /**
   * Takes or renews the lease of the desk that follows some registrations.
   *
   * @param ids the orders
   * @param until when the lease runs out unless renewed
   */
  void follow(Collection<Long> ids, Instant until) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql("UPDATE orders SET followed_until = :until WHERE id IN (:ids)")
        .param("until", SqlTime.toSql(until))
        .param("ids", ids)
        .update();
  }

  /**
   * Marks an order done, unless it is done already (closed meanwhile by another desk or its own
   * job): the order stops holding its open key, and a transfer's auth code is forgotten.
   *
   * @return whether this call closed it
   */
  boolean close(long id, String message, Instant at) {
    return jdbc.sql(
                "UPDATE orders SET status = 'DONE', message = :message, open_key = NULL,"
                    + " auth_code = NULL, updated_at = :at, completed_at = :at"
                    + " WHERE id = :id AND status <> 'DONE'")
            .param("message", truncate(message))
            .param("at", SqlTime.toSql(at))
            .param("id", id)
            .update()
        == 1;
  }

  List<Order> ofDomain(long domainId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM orders WHERE domain_id = :id ORDER BY created_at DESC, id DESC")
        .param("id", domainId)
        .query(OrderRepository::read)
        .list();
  }

  private record Where(String sql, List<String> names, List<Object> values) {}

  private static Where where(OrderStatus status, OrderType type, DomainName domain) {
    List<String> clauses = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (status != null) {
      clauses.add("status = :status");
      names.add("status");
      values.add(status.name());
    }
    if (type != null) {
      clauses.add("order_type = :type");
      names.add("type");
      values.add(type.name());
    }
    if (domain != null) {
      clauses.add("domain_name = :domain");
      names.add("domain");
      values.add(domain.ascii());
    }
    String sql = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    return new Where(sql, names, values);
  }

  private static String truncate(String message) {
    return message == null || message.length() <= 2000 ? message : message.substring(0, 1999);
  }

  private static Order read(ResultSet rs, int row) throws SQLException {
    String ns = rs.getString("nameservers");
    Date guard = rs.getDate("expiry_guard");
    Instant submitted = SqlTime.instant(rs, "submitted_at");
    String[] parts = rs.getString("domain_name").split("\\.", 2);
    return new Order(
        rs.getLong("id"),
        OrderType.valueOf(rs.getString("order_type")),
        rs.getLong("domain_id"),
        DomainName.of(parts[0], parts[1]),
        rs.getLong("customer_id"),
        rs.getString("plugin"),
        rs.getInt("years"),
        rs.getBigDecimal("price"),
        rs.getString("currency"),
        Optional.ofNullable(rs.getBigDecimal("premium_price")),
        ns == null ? List.of() : Arrays.asList(ns.split(" ")),
        Optional.ofNullable(guard).map(Date::toLocalDate),
        OrderStatus.valueOf(rs.getString("status")),
        rs.getString("message"),
        rs.getString("job_key"),
        Optional.ofNullable(submitted),
        SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "updated_at"),
        SqlTime.instant(rs, "completed_at"));
  }
}
