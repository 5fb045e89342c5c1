package org.regdesk.app.web.admin;

import java.util.ArrayList;
import java.util.List;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;

/** The product group form as typed. */
public class ProductGroupForm {

  private String name;
  private String description;
  private List<String> customFields = new ArrayList<>();

  /**
   * A form showing a stored group.
   *
   * @param group the group
   * @param applying the domain fields that apply to it
   * @return the form
   */
  public static ProductGroupForm of(ProductGroup group, List<CustomFieldDefinition> applying) {
    ProductGroupForm form = new ProductGroupForm();
    form.name = group.name();
    form.description = group.description();
    form.customFields = new ArrayList<>(applying.stream().map(CustomFieldDefinition::key).toList());
    return form;
  }

  /**
   * The command this form asks for.
   *
   * @return the command
   */
  public ProductGroupCommand toCommand() {
    return new ProductGroupCommand(name, description, "DOMAIN", customFields);
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Sets the name.
   *
   * @param name the name
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * The description.
   *
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * Sets the description.
   *
   * @param description the description
   */
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   * The keys of the domain fields chosen for this group.
   *
   * @return the keys
   */
  public List<String> getCustomFields() {
    return customFields;
  }

  /**
   * Sets the chosen domain fields.
   *
   * @param customFields their keys
   */
  public void setCustomFields(List<String> customFields) {
    this.customFields = customFields == null ? new ArrayList<>() : customFields;
  }
}
