package org.regdesk.app.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product groups of type Domain and which domain custom fields apply to each: list, create, change,
 * delete. Every rule is checked before anything is written; each write is one transaction.
 */
@Service
public class ProductGroups {

  private static final int MAX_NAME_LENGTH = 100;
  private static final int MAX_DESCRIPTION_LENGTH = 1000;

  private final ProductGroupRepository groups;
  private final CustomFieldRepository fields;

  /**
   * Creates the service.
   *
   * @param groups the groups' table
   * @param fields the custom fields' tables
   */
  public ProductGroups(ProductGroupRepository groups, CustomFieldRepository fields) {
    this.groups = groups;
    this.fields = fields;
  }

  /**
   * Every group, by name (for choosers).
   *
   * @return the groups
   */
  @Transactional(readOnly = true)
  public List<ProductGroup> all() {
    return groups.findAll();
  }

  /**
   * One page of groups, by name.
   *
   * @param page which page
   * @return the page
   */
  @Transactional(readOnly = true)
  public Page<ProductGroup> list(PageRequest page) {
    return new Page<>(groups.list(page), page, groups.count());
  }

  /**
   * One group.
   *
   * @param id the group's id
   * @return the group
   * @throws NotFoundException when there is none
   */
  @Transactional(readOnly = true)
  public ProductGroup get(long id) {
    return groups
        .find(id)
        .orElseThrow(() -> new NotFoundException("product group " + id + " does not exist"));
  }

  /**
   * Creates a group.
   *
   * @param command the group as typed
   * @return the group
   * @throws org.regdesk.app.ValidationException naming {@code name}, {@code description}, {@code
   *     type} or {@code customFields}; nothing is stored
   */
  @Transactional
  public ProductGroup create(ProductGroupCommand command) {
    FieldErrors errors = new FieldErrors();
    Checked checked = check(errors, command, null);
    errors.throwIfAny();
    long id = groups.insert(checked.name(), checked.description(), checked.type());
    if (checked.chosenFieldIds() != null) {
      fields.replaceFieldsOfGroup(id, checked.chosenFieldIds());
    }
    return get(id);
  }

  /**
   * Changes a group.
   *
   * @param id the group's id
   * @param command the group as typed; {@code customFields} null keeps the fields as they are
   * @return the group as changed
   * @throws NotFoundException when the group does not exist
   * @throws org.regdesk.app.ValidationException naming each bad part; nothing is changed
   */
  @Transactional
  public ProductGroup update(long id, ProductGroupCommand command) {
    get(id);
    FieldErrors errors = new FieldErrors();
    Checked checked = check(errors, command, id);
    errors.throwIfAny();
    groups.update(id, checked.name(), checked.description(), checked.type());
    if (checked.chosenFieldIds() != null) {
      fields.replaceFieldsOfGroup(id, checked.chosenFieldIds());
    }
    return get(id);
  }

  /**
   * Deletes a group. Domain fields chosen for it no longer apply to it.
   *
   * @param id the group's id
   * @return the group as it was
   * @throws NotFoundException when the group does not exist
   * @throws ConflictException when products still belong to it
   */
  @Transactional
  public ProductGroup delete(long id) {
    ProductGroup group = get(id);
    try {
      groups.delete(id);
    } catch (DataIntegrityViolationException stillReferenced) {
      // products of the group refer to it; the database keeps them consistent
      throw new ConflictException(
          "product group '" + group.name() + "' still has products; it cannot be deleted");
    }
    return group;
  }

  private record Checked(
      String name, String description, ProductGroupType type, Set<Long> chosenFieldIds) {}

  private Checked check(FieldErrors errors, ProductGroupCommand command, Long exceptId) {
    String name = null;
    if (command.name() == null || command.name().isBlank()) {
      errors.add("name", "is required");
    } else {
      name = command.name().strip();
      if (name.length() > MAX_NAME_LENGTH) {
        errors.add("name", "must be at most " + MAX_NAME_LENGTH + " characters");
      } else if (name.chars().anyMatch(Character::isISOControl)) {
        errors.add("name", "must be a single line without control characters");
      } else {
        groups
            .findByName(name)
            .filter(other -> exceptId == null || other.id() != exceptId)
            .ifPresent(
                other -> errors.add("name", "a product group named '" + other.name() + "' exists"));
      }
    }

    String description = command.description() == null ? "" : command.description().strip();
    errors.check(
        "description",
        description.length() <= MAX_DESCRIPTION_LENGTH,
        "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
    errors.check(
        "description",
        description.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'),
        "must not contain control characters");

    ProductGroupType type = ProductGroupType.DOMAIN;
    if (command.type() != null && !command.type().isBlank()) {
      type = ProductGroupType.parse(command.type()).orElse(null);
      errors.check("type", type != null, "must be DOMAIN");
    }

    Set<Long> chosen = null;
    if (command.customFields() != null) {
      chosen = new LinkedHashSet<>();
      for (String key : command.customFields()) {
        var field =
            key == null ? null : fields.findByKey(CustomFieldKind.DOMAIN, key.strip()).orElse(null);
        if (field == null) {
          errors.add("customFields", "no domain field has the key '" + shown(key) + "'");
        } else if (!field.allGroups()) {
          chosen.add(field.id());
        }
      }
    }
    return new Checked(name, description, type, chosen);
  }

  private static String shown(String key) {
    if (key == null) {
      return "";
    }
    return key.length() > 64 ? key.substring(0, 64) + "…" : key;
  }
}
