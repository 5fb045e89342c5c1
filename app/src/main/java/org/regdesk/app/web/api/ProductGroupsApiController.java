package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
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
 * {@code /api/v1/product-groups}: product groups of type DOMAIN with the keys of the domain custom
 * fields that apply to each.
 */
@RestController
@RequestMapping("/api/v1/product-groups")
public class ProductGroupsApiController {

  private final ProductGroups productGroups;
  private final CustomFields customFields;

  /**
   * Creates the controller.
   *
   * @param productGroups the product groups service
   * @param customFields the custom fields service
   */
  public ProductGroupsApiController(ProductGroups productGroups, CustomFields customFields) {
    this.productGroups = productGroups;
    this.customFields = customFields;
  }

  /**
   * Lists groups by name.
   *
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping
  @Operation(summary = "List product groups by name")
  public ApiPage<ProductGroupResponse> list(
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    List<CustomFieldDefinition> domainFields = customFields.definitions(CustomFieldKind.DOMAIN);
    return ApiPage.of(
        productGroups.list(ApiPaging.request(page, size)),
        g -> ProductGroupResponse.of(g, domainFields));
  }

  /**
   * One group.
   *
   * @param id the group's id
   * @return the group
   */
  @GetMapping("/{id}")
  @Operation(summary = "Get a product group")
  public ProductGroupResponse get(@PathVariable long id) {
    return respond(productGroups.get(id));
  }

  /**
   * Creates a group.
   *
   * @param request the group
   * @return the group
   */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a product group")
  public ProductGroupResponse create(@RequestBody ProductGroupRequest request) {
    return respond(productGroups.create(request.toCommand()));
  }

  /**
   * Changes a group.
   *
   * @param id the group's id
   * @param request the group
   * @return the group as changed
   */
  @PutMapping("/{id}")
  @Operation(
      summary =
          "Change a product group; customFields lists the domain field keys that apply"
              + " (left out: unchanged)")
  public ProductGroupResponse update(
      @PathVariable long id, @RequestBody ProductGroupRequest request) {
    return respond(productGroups.update(id, request.toCommand()));
  }

  /**
   * Deletes a group.
   *
   * @param id the group's id
   */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a product group; 409 while products belong to it")
  public void delete(@PathVariable long id) {
    productGroups.delete(id);
  }

  private ProductGroupResponse respond(ProductGroup group) {
    return ProductGroupResponse.of(group, customFields.definitions(CustomFieldKind.DOMAIN));
  }

  /**
   * Body of a create or update call.
   *
   * @param name the name
   * @param description a description; may be left out
   * @param type {@code DOMAIN} (the default)
   * @param customFields keys of the domain fields that apply; fields of all groups apply anyway
   */
  public record ProductGroupRequest(
      String name, String description, String type, List<String> customFields) {

    ProductGroupCommand toCommand() {
      return new ProductGroupCommand(name, description, type, customFields);
    }
  }

  /**
   * A group.
   *
   * @param id the id
   * @param name the name
   * @param description the description (may be empty)
   * @param type {@code DOMAIN}
   * @param customFields keys of every domain field that applies (all groups' and chosen ones)
   */
  public record ProductGroupResponse(
      long id, String name, String description, String type, List<String> customFields) {

    static ProductGroupResponse of(ProductGroup group, List<CustomFieldDefinition> domainFields) {
      return new ProductGroupResponse(
          group.id(),
          group.name(),
          group.description(),
          group.type().name(),
          domainFields.stream()
              .filter(f -> f.appliesTo(group.id()))
              .map(CustomFieldDefinition::key)
              .toList());
    }
  }
}
