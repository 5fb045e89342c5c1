package org.regdesk.app.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SqlTime;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code tld_products}, {@code tld_prices} and {@code catalog_settings} tables. */
@Repository
public class TldProductRepository {

  private static final String SELECT =
      """
      SELECT p.id, p.tld, p.group_id, g.name AS group_name, p.welcome_email, p.registrar_plugin,
             p.margin_kind, p.margin_value, p.created_at, p.updated_at
        FROM tld_products p JOIN product_groups g ON g.id = p.group_id
      """;

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public TldProductRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The parts of a product stored in {@code tld_products}.
   *
   * @param tld the TLD
   * @param groupId the product group
   * @param welcomeEmail whether the welcome e-mail is sent
   * @param registrarPlugin the plugin, or null
   * @param margin the TLD's margin, or null
   */
  public record ProductRow(
      Tld tld, long groupId, boolean welcomeEmail, String registrarPlugin, Margin margin) {}

  /**
   * Inserts a product with its prices.
   *
   * @param row the product
   * @param prices its prices
   * @param now the time of creation
   * @return the new id
   */
  public long insert(ProductRow row, TldPrices prices, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO tld_products (tld, group_id, welcome_email, registrar_plugin, margin_kind,
                                      margin_value, created_at, updated_at)
            VALUES (:tld, :groupId, :welcomeEmail, :plugin, :marginKind, :marginValue, :now, :now)
            """)
        .params(params(row))
        .param("now", SqlTime.toSql(now))
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    insertPrices(id, prices);
    return id;
  }

  /**
   * Changes a product and replaces its prices; the TLD stays.
   *
   * @param id the product's id
   * @param row the new parts
   * @param prices the new prices
   * @param now the time of the change
   */
  public void update(long id, ProductRow row, TldPrices prices, Instant now) {
    jdbc.sql(
            """
            UPDATE tld_products
               SET group_id = :groupId, welcome_email = :welcomeEmail, registrar_plugin = :plugin,
                   margin_kind = :marginKind, margin_value = :marginValue, updated_at = :now
             WHERE id = :id
            """)
        .params(params(row))
        .param("now", SqlTime.toSql(now))
        .param("id", id)
        .update();
    jdbc.sql("DELETE FROM tld_prices WHERE product_id = :id").param("id", id).update();
    insertPrices(id, prices);
  }

  private static Map<String, Object> params(ProductRow row) {
    Map<String, Object> params = new HashMap<>();
    params.put("tld", row.tld().ascii());
    params.put("groupId", row.groupId());
    params.put("welcomeEmail", row.welcomeEmail());
    params.put("plugin", row.registrarPlugin());
    params.put("marginKind", row.margin() == null ? null : row.margin().kind().name());
    params.put("marginValue", row.margin() == null ? null : row.margin().value());
    return params;
  }

  private void insertPrices(long id, TldPrices prices) {
    for (TldOperation operation : TldOperation.values()) {
      for (Map.Entry<Integer, BigDecimal> price : prices.of(operation).entrySet()) {
        jdbc.sql(
                """
                INSERT INTO tld_prices (product_id, operation, years, price)
                VALUES (:id, :operation, :years, :price)
                """)
            .param("id", id)
            .param("operation", operation.name())
            .param("years", price.getKey())
            .param("price", price.getValue())
            .update();
      }
    }
  }

  /**
   * Deletes a product and its prices.
   *
   * @param id the product's id
   */
  public void delete(long id) {
    jdbc.sql("DELETE FROM tld_prices WHERE product_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM tld_products WHERE id = :id").param("id", id).update();
  }

  /**
   * One product.
   *
   * @param id the product's id
   * @param currency the desk's currency
   * @return the product, if it exists
   */
  public Optional<TldProduct> find(long id, Currency currency) {
    return jdbc.sql(SELECT + " WHERE p.id = :id")
        .param("id", id)
        .query((rs, n) -> head(rs))
        .optional()
        .map(head -> withPrices(head, currency));
  }

  /**
   * The product of a TLD.
   *
   * @param tld the TLD
   * @param currency the desk's currency
   * @return the product, if the TLD has one
   */
  public Optional<TldProduct> findByTld(Tld tld, Currency currency) {
    return jdbc.sql(SELECT + " WHERE p.tld = :tld")
        .param("tld", tld.ascii())
        .query((rs, n) -> head(rs))
        .optional()
        .map(head -> withPrices(head, currency));
  }

  /**
   * One page of products, by TLD.
   *
   * @param filter which products
   * @param page which page
   * @param currency the desk's currency
   * @return the products with their prices
   */
  public List<TldProduct> list(TldProductFilter filter, PageRequest page, Currency currency) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    List<Head> heads =
        jdbc.sql(SELECT + where + " ORDER BY p.tld LIMIT :limit OFFSET :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> head(rs))
            .list();
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<Long, TldPrices.Builder> prices = new HashMap<>();
    jdbc.sql(
            "SELECT product_id, operation, years, price FROM tld_prices"
                + " WHERE product_id IN (:ids)")
        .param("ids", heads.stream().map(Head::id).toList())
        .query(
            rs -> {
              prices
                  .computeIfAbsent(rs.getLong("product_id"), id -> TldPrices.builder())
                  .put(
                      TldOperation.valueOf(rs.getString("operation")),
                      rs.getInt("years"),
                      rs.getBigDecimal("price"));
            });
    List<TldProduct> products = new ArrayList<>();
    for (Head head : heads) {
      TldPrices.Builder builder = prices.get(head.id());
      products.add(head.product(builder == null ? TldPrices.NONE : builder.build(), currency));
    }
    return products;
  }

  /**
   * Counts the products a filter selects.
   *
   * @param filter which products
   * @return the count
   */
  public long count(TldProductFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    return jdbc.sql(
            "SELECT COUNT(*) FROM tld_products p JOIN product_groups g ON g.id = p.group_id"
                + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  /**
   * Whether any TLD product exists.
   *
   * @return true when at least one does
   */
  public boolean any() {
    return jdbc.sql("SELECT id FROM tld_products LIMIT 1").query(Long.class).optional().isPresent();
  }

  private static String where(TldProductFilter filter, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (filter.search() != null && !filter.search().isBlank()) {
      conditions.add("p.tld LIKE :prefix");
      params.put("prefix", like(filter.search()) + "%");
    }
    if (filter.groupId() != null) {
      conditions.add("p.group_id = :groupId");
      params.put("groupId", filter.groupId());
    }
    if (filter.plugin() != null && !filter.plugin().isBlank()) {
      if (TldProductFilter.MANUAL.equals(filter.plugin())) {
        conditions.add("p.registrar_plugin IS NULL");
      } else {
        conditions.add("p.registrar_plugin = :plugin");
        params.put("plugin", filter.plugin());
      }
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** The search as stored (A-label, no dot), with LIKE's wildcards escaped. */
  private static String like(String search) {
    String text = search.strip();
    if (text.startsWith(".")) {
      text = text.substring(1);
    }
    try {
      text = Tld.of(text).ascii();
    } catch (RuntimeException partial) {
      // a partial TLD ("xn--") is searched as typed, lower-cased
      text = CatalogNames.lower(text);
    }
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * The catalog's settings row.
   *
   * @return the settings
   */
  public CatalogSettings settings() {
    return jdbc.sql("SELECT currency, margin_kind, margin_value FROM catalog_settings WHERE id = 1")
        .query(
            (rs, n) ->
                new CatalogSettings(
                    Currency.getInstance(rs.getString("currency")),
                    new Margin(
                        MarginKind.valueOf(rs.getString("margin_kind")),
                        rs.getBigDecimal("margin_value"))))
        .single();
  }

  /**
   * Stores the default margin.
   *
   * @param margin the margin
   */
  public void saveDefaultMargin(Margin margin) {
    jdbc.sql("UPDATE catalog_settings SET margin_kind = :kind, margin_value = :value WHERE id = 1")
        .param("kind", margin.kind().name())
        .param("value", margin.value())
        .update();
  }

  private TldProduct withPrices(Head head, Currency currency) {
    TldPrices.Builder prices = TldPrices.builder();
    jdbc.sql("SELECT operation, years, price FROM tld_prices WHERE product_id = :id")
        .param("id", head.id())
        .query(
            rs -> {
              prices.put(
                  TldOperation.valueOf(rs.getString("operation")),
                  rs.getInt("years"),
                  rs.getBigDecimal("price"));
            });
    return head.product(prices.build(), currency);
  }

  private record Head(
      long id,
      Tld tld,
      long groupId,
      String groupName,
      boolean welcomeEmail,
      String plugin,
      Margin margin,
      Instant createdAt,
      Instant updatedAt) {

    TldProduct product(TldPrices prices, Currency currency) {
      return new TldProduct(
          id,
          tld,
          groupId,
          groupName,
          welcomeEmail,
          Optional.ofNullable(plugin),
          Optional.ofNullable(margin),
          prices,
          currency,
          createdAt,
          updatedAt);
    }
  }

  private static Head head(ResultSet rs) throws SQLException {
    String kind = rs.getString("margin_kind");
    return new Head(
        rs.getLong("id"),
        new Tld(rs.getString("tld")),
        rs.getLong("group_id"),
        rs.getString("group_name"),
        rs.getBoolean("welcome_email"),
        rs.getString("registrar_plugin"),
        kind == null
            ? null
            : new Margin(MarginKind.valueOf(kind), rs.getBigDecimal("margin_value")),
        SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "updated_at"));
  }
}
