package org.regdesk.app.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.value.CustomerField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code custom_fields}, {@code custom_field_options} and {@code product_group_fields} tables.
 */
@Repository
public class CustomFieldRepository {

  private static final String COLUMNS =
      "id, kind, field_key, name, field_type, required, all_groups, in_signup,"
          + " linked_customer_field";

  private final JdbcClient jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   */
  public CustomFieldRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The parts of a definition stored in {@code custom_fields}.
   *
   * @param kind domain or customer
   * @param key the stable key
   * @param name the display name
   * @param type the type
   * @param required whether a value is required
   * @param allGroups domain fields: applies to every group
   * @param inSignup customer fields: asked at sign-up
   * @param linkedCustomerField the SPI customer field answered, or null
   */
  public record FieldRow(
      CustomFieldKind kind,
      String key,
      String name,
      CustomFieldType type,
      boolean required,
      boolean allGroups,
      boolean inSignup,
      CustomerField linkedCustomerField) {}

  /**
   * Inserts a field.
   *
   * @param row the field
   * @return the new id
   */
  public long insert(FieldRow row) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO custom_fields (kind, field_key, name, name_lower, field_type, required,
                                       all_groups, in_signup, linked_customer_field)
            VALUES (:kind, :key, :name, :nameLower, :type, :required, :allGroups, :inSignup,
                    :linked)
            """)
        .param("kind", row.kind().name())
        .param("key", row.key())
        .params(common(row))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * Changes everything but the kind and the key.
   *
   * @param id the field's id
   * @param row the new parts
   */
  public void update(long id, FieldRow row) {
    jdbc.sql(
            """
            UPDATE custom_fields
               SET name = :name, name_lower = :nameLower, field_type = :type,
                   required = :required, all_groups = :allGroups, in_signup = :inSignup,
                   linked_customer_field = :linked
             WHERE id = :id
            """)
        .param("id", id)
        .params(common(row))
        .update();
  }

  private static Map<String, Object> common(FieldRow row) {
    Map<String, Object> params = new HashMap<>();
    params.put("name", row.name());
    params.put("nameLower", CatalogNames.lower(row.name()));
    params.put("type", row.type().name());
    params.put("required", row.required());
    params.put("allGroups", row.allGroups());
    params.put("inSignup", row.inSignup());
    params.put(
        "linked", row.linkedCustomerField() == null ? null : row.linkedCustomerField().key());
    return params;
  }

  /**
   * Replaces the options of a field.
   *
   * @param fieldId the field's id
   * @param options the options, in order
   */
  public void replaceOptions(long fieldId, List<ChoiceOption> options) {
    jdbc.sql("DELETE FROM custom_field_options WHERE field_id = :id").param("id", fieldId).update();
    for (int i = 0; i < options.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO custom_field_options (field_id, option_order, option_value, label)
              VALUES (:id, :order, :value, :label)
              """)
          .param("id", fieldId)
          .param("order", i)
          .param("value", options.get(i).value())
          .param("label", options.get(i).label())
          .update();
    }
  }

  /**
   * Sets the product groups a field applies to (for a field limited to chosen groups).
   *
   * @param fieldId the field's id
   * @param groupIds the groups; empty to remove every link
   */
  public void replaceGroupsOfField(long fieldId, Set<Long> groupIds) {
    jdbc.sql("DELETE FROM product_group_fields WHERE field_id = :id").param("id", fieldId).update();
    for (long groupId : groupIds) {
      link(groupId, fieldId);
    }
  }

  /**
   * Sets the fields limited to chosen groups that apply to a product group.
   *
   * @param groupId the group's id
   * @param fieldIds the fields; empty to remove every link
   */
  public void replaceFieldsOfGroup(long groupId, Set<Long> fieldIds) {
    jdbc.sql("DELETE FROM product_group_fields WHERE group_id = :id").param("id", groupId).update();
    for (long fieldId : fieldIds) {
      link(groupId, fieldId);
    }
  }

  private void link(long groupId, long fieldId) {
    jdbc.sql("INSERT INTO product_group_fields (group_id, field_id) VALUES (:group, :field)")
        .param("group", groupId)
        .param("field", fieldId)
        .update();
  }

  /**
   * Deletes a field with its options and group links.
   *
   * @param id the field's id
   * @return rows deleted from {@code custom_fields} (0 when missing)
   */
  public int delete(long id) {
    jdbc.sql("DELETE FROM custom_field_options WHERE field_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM product_group_fields WHERE field_id = :id").param("id", id).update();
    return jdbc.sql("DELETE FROM custom_fields WHERE id = :id").param("id", id).update();
  }

  /**
   * Finds a field.
   *
   * @param id the field's id
   * @return the field, if it exists
   */
  public Optional<CustomFieldDefinition> find(long id) {
    return assemble(
            jdbc.sql("SELECT " + COLUMNS + " FROM custom_fields WHERE id = :id")
                .param("id", id)
                .query(CustomFieldRepository::map)
                .list())
        .stream()
        .findFirst();
  }

  /**
   * Finds a field by its stable key.
   *
   * @param kind the kind
   * @param key the key, exactly
   * @return the field, if it exists
   */
  public Optional<CustomFieldDefinition> findByKey(CustomFieldKind kind, String key) {
    return assemble(
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM custom_fields WHERE kind = :kind AND field_key = :key")
                .param("kind", kind.name())
                .param("key", key)
                .query(CustomFieldRepository::map)
                .list())
        .stream()
        .findFirst();
  }

  /**
   * The field of a kind with this name, whatever its case.
   *
   * @param kind the kind
   * @param name the name
   * @return the field, if one has this name
   */
  public Optional<CustomFieldDefinition> findByName(CustomFieldKind kind, String name) {
    return assemble(
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM custom_fields WHERE kind = :kind AND name_lower = :name")
                .param("kind", kind.name())
                .param("name", CatalogNames.lower(name))
                .query(CustomFieldRepository::map)
                .list())
        .stream()
        .findFirst();
  }

  /**
   * The customer field linked to an SPI customer field.
   *
   * @param field the SPI's customer field
   * @return the linked field, if any
   */
  public Optional<CustomFieldDefinition> findLinkedTo(CustomerField field) {
    return assemble(
            jdbc.sql("SELECT " + COLUMNS + " FROM custom_fields WHERE linked_customer_field = :f")
                .param("f", field.key())
                .query(CustomFieldRepository::map)
                .list())
        .stream()
        .findFirst();
  }

  /**
   * Every field of a kind, oldest first.
   *
   * @param kind the kind
   * @return the fields
   */
  public List<CustomFieldDefinition> findAll(CustomFieldKind kind) {
    return assemble(
        jdbc.sql("SELECT " + COLUMNS + " FROM custom_fields WHERE kind = :kind ORDER BY id")
            .param("kind", kind.name())
            .query(CustomFieldRepository::map)
            .list());
  }

  /**
   * One page of the fields of a kind (or of both kinds), oldest first.
   *
   * @param kind the kind, or null for both
   * @param page which page
   * @return the fields
   */
  public List<CustomFieldDefinition> list(CustomFieldKind kind, PageRequest page) {
    String where = kind == null ? "" : " WHERE kind = :kind";
    var statement =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM custom_fields"
                    + where
                    + " ORDER BY kind, id LIMIT :limit OFFSET :offset")
            .param("limit", page.size())
            .param("offset", page.offset());
    if (kind != null) {
      statement = statement.param("kind", kind.name());
    }
    return assemble(statement.query(CustomFieldRepository::map).list());
  }

  /**
   * Counts the fields of a kind (or of both).
   *
   * @param kind the kind, or null for both
   * @return the count
   */
  public long count(CustomFieldKind kind) {
    if (kind == null) {
      return jdbc.sql("SELECT COUNT(*) FROM custom_fields").query(Long.class).single();
    }
    return jdbc.sql("SELECT COUNT(*) FROM custom_fields WHERE kind = :kind")
        .param("kind", kind.name())
        .query(Long.class)
        .single();
  }

  private record Row(long id, FieldRow row) {}

  private static Row map(ResultSet rs, int n) throws SQLException {
    String linked = rs.getString("linked_customer_field");
    return new Row(
        rs.getLong("id"),
        new FieldRow(
            CustomFieldKind.valueOf(rs.getString("kind")),
            rs.getString("field_key"),
            rs.getString("name"),
            CustomFieldType.valueOf(rs.getString("field_type")),
            rs.getBoolean("required"),
            rs.getBoolean("all_groups"),
            rs.getBoolean("in_signup"),
            linked == null ? null : CustomerField.ofKey(linked).orElseThrow()));
  }

  private List<CustomFieldDefinition> assemble(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Collection<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<ChoiceOption>> options = new HashMap<>();
    jdbc.sql(
            """
            SELECT field_id, option_value, label FROM custom_field_options
             WHERE field_id IN (:ids) ORDER BY field_id, option_order
            """)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              options
                  .computeIfAbsent(rs.getLong("field_id"), k -> new ArrayList<>())
                  .add(new ChoiceOption(rs.getString("option_value"), rs.getString("label")));
            });
    Map<Long, Set<Long>> groups = new HashMap<>();
    jdbc.sql("SELECT field_id, group_id FROM product_group_fields WHERE field_id IN (:ids)")
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              groups
                  .computeIfAbsent(rs.getLong("field_id"), k -> new HashSet<>())
                  .add(rs.getLong("group_id"));
            });
    return rows.stream()
        .map(
            r ->
                new CustomFieldDefinition(
                    r.id(),
                    r.row().kind(),
                    r.row().key(),
                    r.row().name(),
                    r.row().type(),
                    r.row().required(),
                    options.getOrDefault(r.id(), List.of()),
                    r.row().allGroups(),
                    r.row().allGroups() ? Set.of() : groups.getOrDefault(r.id(), Set.of()),
                    r.row().inSignup(),
                    Optional.ofNullable(r.row().linkedCustomerField())))
        .toList();
  }
}
