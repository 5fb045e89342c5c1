package org.regdesk.app.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;

/**
 * The custom field form as typed. Choice options are one per line, {@code value | label} or just
 * {@code value}.
 */
public class CustomFieldForm {

  /** {@link #getAppliesTo()} for a field of every product group. */
  public static final String ALL_GROUPS = "all";

  /** {@link #getAppliesTo()} for a field of chosen product groups. */
  public static final String CHOSEN_GROUPS = "chosen";

  private String kind;
  private String key;
  private String name;
  private String type = "TEXT";
  private boolean required;
  private String options;
  private String appliesTo = ALL_GROUPS;
  private List<Long> groupIds = new ArrayList<>();
  private boolean inSignup;
  private String linkedCustomerField;

  /**
   * A form showing a stored field.
   *
   * @param field the field
   * @return the form
   */
  public static CustomFieldForm of(CustomFieldDefinition field) {
    CustomFieldForm form = new CustomFieldForm();
    form.kind = field.kind().name().toLowerCase(Locale.ROOT);
    form.key = field.key();
    form.name = field.name();
    form.type = field.type().name();
    form.required = field.required();
    form.options =
        field.options().stream()
            .map(o -> o.value().equals(o.label()) ? o.value() : o.value() + " | " + o.label())
            .collect(Collectors.joining("\n"));
    form.appliesTo = field.allGroups() ? ALL_GROUPS : CHOSEN_GROUPS;
    form.groupIds = new ArrayList<>(field.groupIds());
    form.inSignup = field.inSignup();
    form.linkedCustomerField = field.linkedCustomerField().map(f -> f.key()).orElse("");
    return form;
  }

  /**
   * The command this form asks for.
   *
   * @param fieldKind the field's kind
   * @return the command
   */
  public CustomFieldCommand toCommand(CustomFieldKind fieldKind) {
    boolean domain = fieldKind == CustomFieldKind.DOMAIN;
    boolean all = !CHOSEN_GROUPS.equals(appliesTo);
    return new CustomFieldCommand(
        key,
        name,
        type,
        required,
        parseOptions(),
        domain ? all : null,
        domain && !all ? groupIds : null,
        domain ? null : inSignup,
        domain ? null : linkedCustomerField);
  }

  private List<CustomFieldCommand.Option> parseOptions() {
    List<CustomFieldCommand.Option> parsed = new ArrayList<>();
    if (options == null) {
      return parsed;
    }
    for (String line : options.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int bar = line.indexOf('|');
      parsed.add(
          bar < 0
              ? new CustomFieldCommand.Option(line, null)
              : new CustomFieldCommand.Option(line.substring(0, bar), line.substring(bar + 1)));
    }
    return parsed;
  }

  /**
   * The kind: {@code domain} or {@code customer}.
   *
   * @return the kind
   */
  public String getKind() {
    return kind;
  }

  /**
   * Sets the kind.
   *
   * @param kind {@code domain} or {@code customer}
   */
  public void setKind(String kind) {
    this.kind = kind;
  }

  /**
   * The stable key; blank on a new field makes it from the name.
   *
   * @return the key
   */
  public String getKey() {
    return key;
  }

  /**
   * Sets the key.
   *
   * @param key the key
   */
  public void setKey(String key) {
    this.key = key;
  }

  /**
   * The display name.
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
   * The type's name.
   *
   * @return e.g. {@code CHOICE}
   */
  public String getType() {
    return type;
  }

  /**
   * Sets the type.
   *
   * @param type the type's name
   */
  public void setType(String type) {
    this.type = type;
  }

  /**
   * Whether a value is required.
   *
   * @return true if required
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Sets whether a value is required.
   *
   * @param required true if required
   */
  public void setRequired(boolean required) {
    this.required = required;
  }

  /**
   * The options, one per line.
   *
   * @return the text
   */
  public String getOptions() {
    return options;
  }

  /**
   * Sets the options.
   *
   * @param options one per line, {@code value | label}
   */
  public void setOptions(String options) {
    this.options = options;
  }

  /**
   * Where a domain field applies: {@value #ALL_GROUPS} or {@value #CHOSEN_GROUPS}.
   *
   * @return the choice
   */
  public String getAppliesTo() {
    return appliesTo;
  }

  /**
   * Sets where a domain field applies.
   *
   * @param appliesTo {@value #ALL_GROUPS} or {@value #CHOSEN_GROUPS}
   */
  public void setAppliesTo(String appliesTo) {
    this.appliesTo = appliesTo;
  }

  /**
   * The chosen product groups.
   *
   * @return their ids
   */
  public List<Long> getGroupIds() {
    return groupIds;
  }

  /**
   * Sets the chosen product groups.
   *
   * @param groupIds their ids
   */
  public void setGroupIds(List<Long> groupIds) {
    this.groupIds = groupIds == null ? new ArrayList<>() : groupIds;
  }

  /**
   * Whether a customer field is asked at sign-up.
   *
   * @return true if asked
   */
  public boolean isInSignup() {
    return inSignup;
  }

  /**
   * Sets whether a customer field is asked at sign-up.
   *
   * @param inSignup true if asked
   */
  public void setInSignup(boolean inSignup) {
    this.inSignup = inSignup;
  }

  /**
   * The registrar SPI customer field key this field answers, or blank.
   *
   * @return the key
   */
  public String getLinkedCustomerField() {
    return linkedCustomerField;
  }

  /**
   * Sets the linked SPI customer field.
   *
   * @param linkedCustomerField its key, or blank
   */
  public void setLinkedCustomerField(String linkedCustomerField) {
    this.linkedCustomerField = linkedCustomerField;
  }
}
