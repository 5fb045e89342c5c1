package org.regdesk.app.web.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Settings › Products › Product groups: the groups with the domain custom fields that apply to
 * each. (The TLD products of Settings › Products live on their own page.)
 */
@Controller
public class ProductGroupListController {

  private final ProductGroups productGroups;
  private final CustomFields customFields;

  /**
   * Creates the controller.
   *
   * @param productGroups the product groups service
   * @param customFields the custom fields service
   */
  public ProductGroupListController(ProductGroups productGroups, CustomFields customFields) {
    this.productGroups = productGroups;
    this.customFields = customFields;
  }

  /**
   * Lists the groups.
   *
   * @param page the page number
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/settings/products/groups")
  public String list(@RequestParam(defaultValue = "1") int page, Model model) {
    Page<ProductGroup> groups =
        productGroups.list(new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE));
    List<CustomFieldDefinition> domainFields = customFields.definitions(CustomFieldKind.DOMAIN);
    Map<Long, List<String>> fieldNames = new HashMap<>();
    for (ProductGroup group : groups.items()) {
      fieldNames.put(
          group.id(),
          domainFields.stream()
              .filter(f -> f.appliesTo(group.id()))
              .map(CustomFieldDefinition::name)
              .toList());
    }
    model.addAttribute("page", groups);
    model.addAttribute("fieldNames", fieldNames);
    return "admin/product-groups/list";
  }
}
