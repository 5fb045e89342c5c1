package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/custom-fields}: domain and customer custom field definitions. A field's key never
 * changes; deleting a field that holds values is 409 with the count.
 */
@RestController
@RequestMapping("/api/v1/custom-fields")
public class CustomFieldsApiController {

  private final CustomFields customFields;

  /**
   * Creates the controller.
   *
   * @param customFields the custom fields service
   */
  public CustomFieldsApiController(CustomFields customFields) {
    this.customFields = customFields;
  }

  /**
   * Lists fields, customer fields first, each kind oldest first.
   *
   * @param kind {@code domain} or {@code customer}; empty for both
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping
  @Operation(summary = "List custom fields (?kind=domain|customer), oldest first")
  public ApiPage<CustomFieldResponse> list(
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    CustomFieldKind only = kind.isBlank() ? null : kindOf(kind);
    return ApiPage.of(
        customFields.list(only, ApiPaging.request(page, size)), CustomFieldResponse::of);
  }

  /**
   * One field.
   *
   * @param id the field's id
   * @return the field
   */
  @GetMapping("/{id}")
  @Operation(summary = "Get a custom field")
  public CustomFieldResponse get(@PathVariable long id) {
    return CustomFieldResponse.of(customFields.get(id));
  }

  /**
   * Creates a field.
   *
   * @param request the field
   * @return the field
   */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Create a custom field; a blank key is made from the name (Intended Use → intendedUse)")
  public CustomFieldResponse create(@RequestBody CreateCustomFieldRequest request) {
    if (request.kind() == null || request.kind().isBlank()) {
      throw ValidationException.of("kind", "is required");
    }
    return CustomFieldResponse.of(customFields.create(kindOf(request.kind()), request.toCommand()));
  }

  /**
   * Changes a field (everything but its kind and key).
   *
   * @param id the field's id
   * @param request the field
   * @return the field as changed
   */
  @PutMapping("/{id}")
  @Operation(
      summary =
          "Change a custom field; its kind and key stay. 409 when the type of a field holding"
              + " values changes or a choice option in use is dropped")
  public CustomFieldResponse update(
      @PathVariable long id, @RequestBody UpdateCustomFieldRequest request) {
    return CustomFieldResponse.of(customFields.update(id, request.toCommand()));
  }

  /**
   * Deletes a field that holds no values.
   *
   * @param id the field's id
   */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a custom field; 409 with the count while it holds values")
  public void delete(@PathVariable long id) {
    customFields.delete(id);
  }

  private static CustomFieldKind kindOf(String kind) {
    return CustomFieldKind.parse(kind)
        .orElseThrow(() -> ValidationException.of("kind", "must be DOMAIN or CUSTOMER"));
  }

  /**
   * One option of a choice.
   *
   * @param value the value stored and sent to plugins
   * @param label the text shown; blank means the value
   */
  public record OptionBody(String value, String label) {}

  /**
   * Body of a create call.
   *
   * @param kind {@code DOMAIN} or {@code CUSTOMER}
   * @param key the stable key; blank to make it from the name
   * @param name the display name
   * @param type {@code TEXT}, {@code DATE}, {@code CHOICE} or {@code YES_NO}
   * @param required whether a value is required (default no)
   * @param options the options of a choice
   * @param allGroups domain fields: apply to every product group (default yes)
   * @param groupIds domain fields with {@code allGroups} false: the product groups
   * @param inSignup customer fields: ask at sign-up (default no)
   * @param linkedCustomerField customer fields: {@code identityNumber} or {@code dateOfBirth}
   */
  public record CreateCustomFieldRequest(
      String kind,
      String key,
      String name,
      String type,
      Boolean required,
      List<OptionBody> options,
      Boolean allGroups,
      List<Long> groupIds,
      Boolean inSignup,
      String linkedCustomerField) {

    CustomFieldCommand toCommand() {
      return new CustomFieldCommand(
          key,
          name,
          type,
          required,
          toOptions(options),
          allGroups,
          groupIds,
          inSignup,
          linkedCustomerField);
    }
  }

  /**
   * Body of an update call: the whole field but its kind; {@code key} may be left out or repeated
   * unchanged.
   *
   * @param key the current key, or null
   * @param name the display name
   * @param type {@code TEXT}, {@code DATE}, {@code CHOICE} or {@code YES_NO}
   * @param required whether a value is required (default no)
   * @param options the options of a choice
   * @param allGroups domain fields: apply to every product group (default yes)
   * @param groupIds domain fields with {@code allGroups} false: the product groups
   * @param inSignup customer fields: ask at sign-up (default no)
   * @param linkedCustomerField customer fields: {@code identityNumber} or {@code dateOfBirth}
   */
  public record UpdateCustomFieldRequest(
      String key,
      String name,
      String type,
      Boolean required,
      List<OptionBody> options,
      Boolean allGroups,
      List<Long> groupIds,
      Boolean inSignup,
      String linkedCustomerField) {

    CustomFieldCommand toCommand() {
      return new CustomFieldCommand(
          key,
          name,
          type,
          required,
          toOptions(options),
          allGroups,
          groupIds,
          inSignup,
          linkedCustomerField);
    }
  }

  private static List<CustomFieldCommand.Option> toOptions(List<OptionBody> options) {
    return options == null
        ? null
        : options.stream()
            .map(
                o ->
                    o == null
                        ? new CustomFieldCommand.Option(null, null)
                        : new CustomFieldCommand.Option(o.value(), o.label()))
            .toList();
  }

  /**
   * A field.
   *
   * @param id the id
   * @param kind {@code DOMAIN} or {@code CUSTOMER}
   * @param key the stable key
   * @param name the display name
   * @param type the type
   * @param required whether a value is required
   * @param options the options of a choice (empty otherwise)
   * @param allGroups domain fields: applies to every product group; null for customer fields
   * @param groupIds domain fields: the chosen product groups; null for customer fields
   * @param inSignup customer fields: asked at sign-up; null for domain fields
   * @param linkedCustomerField customer fields: the SPI customer field it answers, or null
   */
  public record CustomFieldResponse(
      long id,
      String kind,
      String key,
      String name,
      String type,
      boolean required,
      List<OptionBody> options,
      Boolean allGroups,
      List<Long> groupIds,
      Boolean inSignup,
      String linkedCustomerField) {

    static CustomFieldResponse of(CustomFieldDefinition field) {
      boolean domain = field.kind() == CustomFieldKind.DOMAIN;
      return new CustomFieldResponse(
          field.id(),
          field.kind().name(),
          field.key(),
          field.name(),
          field.type().name(),
          field.required(),
          field.options().stream().map(o -> new OptionBody(o.value(), o.label())).toList(),
          domain ? field.allGroups() : null,
          domain ? List.copyOf(field.groupIds()) : null,
          domain ? null : field.inSignup(),
          field.linkedCustomerField().map(f -> f.key()).orElse(null));
    }
  }
}
