package org.regdesk.app.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SearchWords;
import org.regdesk.app.storage.SqlTime;
import org.regdesk.registrar.spi.value.CountryCode;
import org.regdesk.registrar.spi.value.EmailAddress;
import org.regdesk.registrar.spi.value.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code customers}, {@code customer_field_values} and {@code customer_search_terms} tables.
 */
@Repository
public class CustomerRepository {

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public CustomerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A customer's own columns, checked.
   *
   * @param firstName first name
   * @param lastName last name
   * @param organisation organisation, or null
   * @param email e-mail address
   * @param phone phone number
   * @param address1 first address line
   * @param address2 second address line, or null
   * @param city city
   * @param state state, or null
   * @param postalCode postal code, or null
   * @param country country
   */
  public record CustomerRow(
      String firstName,
      String lastName,
      String organisation,
      EmailAddress email,
      PhoneNumber phone,
      String address1,
      String address2,
      String city,
      String state,
      String postalCode,
      CountryCode country) {

    @Override
    public String toString() {
      return "CustomerRow[…]";
    }
  }

  /**
   * Inserts a customer.
   *
   * @param row the customer
   * @param now the creation time
   * @return the new id
   */
  public long insert(CustomerRow row, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO customers (first_name, last_name, organisation, email, email_lower, phone,
                                   address1, address2, city, state, postal_code, country,
                                   sort_name, created_at, updated_at)
            VALUES (:firstName, :lastName, :organisation, :email, :emailLower, :phone,
                    :address1, :address2, :city, :state, :postalCode, :country,
                    :sortName, :now, :now)
            """)
        .params(columns(row))
        .param("now", SqlTime.toSql(now))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * Changes a customer's own columns.
   *
   * @param id the customer's id
   * @param row the new values
   * @param now the change time
   */
  public void update(long id, CustomerRow row, Instant now) {
    jdbc.sql(
            """
            UPDATE customers
               SET first_name = :firstName, last_name = :lastName, organisation = :organisation,
                   email = :email, email_lower = :emailLower, phone = :phone,
                   address1 = :address1, address2 = :address2, city = :city, state = :state,
                   postal_code = :postalCode, country = :country, sort_name = :sortName,
                   updated_at = :now
             WHERE id = :id
            """)
        .params(columns(row))
        .param("id", id)
        .param("now", SqlTime.toSql(now))
        .update();
  }

  private static Map<String, Object> columns(CustomerRow row) {
    Map<String, Object> params = new HashMap<>();
    params.put("firstName", row.firstName());
    params.put("lastName", row.lastName());
    params.put("organisation", row.organisation());
    params.put("email", row.email().value());
    params.put("emailLower", emailKey(row.email()));
    params.put("phone", row.phone().e164());
    params.put("address1", row.address1());
    params.put("address2", row.address2());
    params.put("city", row.city());
    params.put("state", row.state());
    params.put("postalCode", row.postalCode());
    params.put("country", row.country().alpha2());
    params.put("sortName", (row.lastName() + " " + row.firstName()).toLowerCase(Locale.ROOT));
    return params;
  }

  private static String emailKey(EmailAddress email) {
    return email.value().toLowerCase(Locale.ROOT);
  }

  /**
   * Replaces a customer's custom field values.
   *
   * @param customerId the customer
   * @param values field id → canonical value
   */
  public void replaceValues(long customerId, Map<Long, String> values) {
    jdbc.sql("DELETE FROM customer_field_values WHERE customer_id = :id")
        .param("id", customerId)
        .update();
    values.forEach(
        (fieldId, value) ->
            jdbc.sql(
                    """
                    INSERT INTO customer_field_values (customer_id, field_id, field_value)
                    VALUES (:customer, :field, :value)
                    """)
                .param("customer", customerId)
                .param("field", fieldId)
                .param("value", value)
                .update());
  }

  /**
   * Replaces the words a customer is found by.
   *
   * @param customerId the customer
   * @param terms the words, UTF-8 bytes
   */
  public void replaceSearchTerms(long customerId, List<byte[]> terms) {
    jdbc.sql("DELETE FROM customer_search_terms WHERE customer_id = :id")
        .param("id", customerId)
        .update();
    for (byte[] term : terms) {
      jdbc.sql("INSERT INTO customer_search_terms (customer_id, term) VALUES (:id, :term)")
          .param("id", customerId)
          .param("term", term)
          .update();
    }
  }

  /**
   * Deletes a customer with their values and search words.
   *
   * @param id the customer's id
   * @return rows deleted from {@code customers}
   */
  public int delete(long id) {
    jdbc.sql("DELETE FROM customer_search_terms WHERE customer_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM customer_field_values WHERE customer_id = :id").param("id", id).update();
    return jdbc.sql("DELETE FROM customers WHERE id = :id").param("id", id).update();
  }

  /**
   * Finds a customer (without custom field values).
   *
   * @param id the customer's id
   * @return the customer, if any
   */
  public Optional<Customer> find(long id) {
    return jdbc.sql("SELECT * FROM customers WHERE id = :id")
        .param("id", id)
        .query(CustomerRepository::map)
        .optional();
  }

  /**
   * Finds the customer with an e-mail address, whatever its case (without custom field values).
   *
   * @param email the address
   * @return the customer, if any
   */
  public Optional<Customer> findByEmail(EmailAddress email) {
    return jdbc.sql("SELECT * FROM customers WHERE email_lower = :email")
        .param("email", emailKey(email))
        .query(CustomerRepository::map)
        .optional();
  }

  /**
   * One page of the customers matching every range, by last and first name (without custom field
   * values).
   *
   * @param ranges one per search word; empty for every customer
   * @param page which page
   * @return the customers
   */
  public List<Customer> search(List<SearchWords.Range> ranges, PageRequest page) {
    String sql =
        ranges.isEmpty()
            ? "SELECT c.* FROM customers c"
            : "SELECT c.* FROM customers c JOIN ("
                + matching(ranges)
                + ") m ON m.customer_id = c.id";
    return bind(jdbc.sql(sql + " ORDER BY c.sort_name, c.id LIMIT :limit OFFSET :offset"), ranges)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(CustomerRepository::map)
        .list();
  }

  /**
   * Counts the customers matching every range.
   *
   * @param ranges one per search word; empty for every customer
   * @return the count
   */
  public long count(List<SearchWords.Range> ranges) {
    String sql =
        ranges.isEmpty()
            ? "SELECT COUNT(*) FROM customers"
            : "SELECT COUNT(*) FROM (" + matching(ranges) + ") m";
    return bind(jdbc.sql(sql), ranges).query(Long.class).single();
  }

  // The ids of the customers with a word in every range: one range scan of the (term,
  // customer_id) index per search word, intersected. (A semi-join per word let PostgreSQL walk
  // every
  // customer in name order and probe each one; this reads only the matching index entries.)
  private static String matching(List<SearchWords.Range> ranges) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < ranges.size(); i++) {
      sql.append(i == 0 ? "" : " INTERSECT ")
          // INTERSECT removes duplicates; one range alone needs DISTINCT, as a customer may have
          // two words with one prefix ("ana" and "anabel")
          .append(ranges.size() == 1 ? "SELECT DISTINCT" : "SELECT")
          .append(" customer_id FROM customer_search_terms WHERE term >= :from")
          .append(i)
          .append(" AND term < :to")
          .append(i);
    }
    return sql.toString();
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec statement, List<SearchWords.Range> ranges) {
    JdbcClient.StatementSpec bound = statement;
    for (int i = 0; i < ranges.size(); i++) {
      bound = bound.param("from" + i, ranges.get(i).from()).param("to" + i, ranges.get(i).to());
    }
    return bound;
  }

  /**
   * The custom field values of some customers.
   *
   * @param customerIds the customers
   * @return customer id → (field id → value)
   */
  public Map<Long, Map<Long, String>> values(Collection<Long> customerIds) {
    Map<Long, Map<Long, String>> values = new HashMap<>();
    if (customerIds.isEmpty()) {
      return values;
    }
    jdbc.sql(
            """
            SELECT customer_id, field_id, field_value FROM customer_field_values
             WHERE customer_id IN (:ids)
            """)
        .param("ids", customerIds)
        .query(
            (ResultSet rs) -> {
              values
                  .computeIfAbsent(rs.getLong("customer_id"), k -> new LinkedHashMap<>())
                  .put(rs.getLong("field_id"), rs.getString("field_value"));
            });
    return values;
  }

  /**
   * How many values of a field customers hold.
   *
   * @param fieldId the field
   * @return the count
   */
  public long countValues(long fieldId) {
    return jdbc.sql("SELECT COUNT(*) FROM customer_field_values WHERE field_id = :id")
        .param("id", fieldId)
        .query(Long.class)
        .single();
  }

  /**
   * How many values of a field equal a text.
   *
   * @param fieldId the field
   * @param value the text
   * @return the count
   */
  public long countValuesEqualTo(long fieldId, String value) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM customer_field_values WHERE field_id = :id AND field_value = :v")
        .param("id", fieldId)
        .param("v", value)
        .query(Long.class)
        .single();
  }

  private static Customer map(ResultSet rs, int n) throws SQLException {
    long account = rs.getLong("user_account_id");
    Long userAccountId = rs.wasNull() ? null : account;
    return new Customer(
        rs.getLong("id"),
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getString("organisation"),
        EmailAddress.of(rs.getString("email")),
        PhoneNumbers.fromE164(rs.getString("phone")),
        rs.getString("address1"),
        rs.getString("address2"),
        rs.getString("city"),
        rs.getString("state"),
        rs.getString("postal_code"),
        CountryCode.of(rs.getString("country")),
        userAccountId,
        Map.of(),
        SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "updated_at"));
  }
}
