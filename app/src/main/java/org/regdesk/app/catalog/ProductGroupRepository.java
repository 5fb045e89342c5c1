package org.regdesk.app.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.storage.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code product_groups} table. */
@Repository
public class ProductGroupRepository {

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public ProductGroupRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts a group.
   *
   * @param name the name
   * @param description the description, may be empty
   * @param type the type
   * @return the new id
   */
  public long insert(String name, String description, ProductGroupType type) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO product_groups (name, name_lower, description, group_type)
            VALUES (:name, :nameLower, :description, :type)
            """)
        .param("name", name)
        .param("nameLower", CatalogNames.lower(name))
        .param("description", description)
        .param("type", type.name())
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * Changes a group.
   *
   * @param id the group's id
   * @param name the name
   * @param description the description, may be empty
   * @param type the type
   */
  public void update(long id, String name, String description, ProductGroupType type) {
    jdbc.sql(
            """
            UPDATE product_groups
               SET name = :name, name_lower = :nameLower, description = :description,
                   group_type = :type
             WHERE id = :id
            """)
        .param("id", id)
        .param("name", name)
        .param("nameLower", CatalogNames.lower(name))
        .param("description", description)
        .param("type", type.name())
        .update();
  }

  /**
   * Deletes a group and the links of its fields.
   *
   * @param id the group's id
   * @return rows deleted from {@code product_groups}
   */
  public int delete(long id) {
    jdbc.sql("DELETE FROM product_group_fields WHERE group_id = :id").param("id", id).update();
    return jdbc.sql("DELETE FROM product_groups WHERE id = :id").param("id", id).update();
  }

  /**
   * Finds a group.
   *
   * @param id the group's id
   * @return the group, if it exists
   */
  public Optional<ProductGroup> find(long id) {
    return jdbc.sql("SELECT * FROM product_groups WHERE id = :id")
        .param("id", id)
        .query(ProductGroupRepository::map)
        .optional();
  }

  /**
   * Finds the group with a name, whatever its case.
   *
   * @param name the name
   * @return the group, if one has this name
   */
  public Optional<ProductGroup> findByName(String name) {
    return jdbc.sql("SELECT * FROM product_groups WHERE name_lower = :name")
        .param("name", CatalogNames.lower(name))
        .query(ProductGroupRepository::map)
        .optional();
  }

  /**
   * Every group, by name.
   *
   * @return the groups
   */
  public List<ProductGroup> findAll() {
    return jdbc.sql("SELECT * FROM product_groups ORDER BY name_lower")
        .query(ProductGroupRepository::map)
        .list();
  }

  /**
   * One page of groups, by name.
   *
   * @param page which page
   * @return the groups
   */
  public List<ProductGroup> list(PageRequest page) {
    return jdbc.sql("SELECT * FROM product_groups ORDER BY name_lower LIMIT :limit OFFSET :offset")
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(ProductGroupRepository::map)
        .list();
  }

  /**
   * Counts the groups.
   *
   * @return the count
   */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM product_groups").query(Long.class).single();
  }

  private static ProductGroup map(ResultSet rs, int n) throws SQLException {
    return new ProductGroup(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("description"),
        ProductGroupType.valueOf(rs.getString("group_type")));
  }
}
