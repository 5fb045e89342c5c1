package org.regdesk.app.web.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Settings › Custom Fields: the customer fields and the domain fields, each with its key, type and
 * where it applies.
 */
@Controller
public class CustomFieldListController {

  private final CustomFields customFields;
  private final ProductGroups productGroups;

  /**
   * Creates the controller.
   *
   * @param customFields the custom fields service
   * @param productGroups the product groups service (names of the groups a field applies to)
   */
  public CustomFieldListController(CustomFields customFields, ProductGroups productGroups) {
    this.customFields = customFields;
    this.productGroups = productGroups;
  }

  /**
   * Lists both kinds of fields.
   *
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/settings/custom-fields")
  public String list(Model model) {
    List<CustomFieldDefinition> domainFields = customFields.definitions(CustomFieldKind.DOMAIN);
    Map<Long, String> groupNames =
        productGroups.all().stream()
            .collect(Collectors.toMap(ProductGroup::id, ProductGroup::name, (a, b) -> a));
    Map<Long, String> appliesTo = new HashMap<>();
    for (CustomFieldDefinition field : domainFields) {
      appliesTo.put(
          field.id(),
          field.allGroups()
              ? "All product groups"
              : field.groupIds().isEmpty()
                  ? "No product group yet"
                  : field.groupIds().stream()
                      .map(groupNames::get)
                      .collect(Collectors.joining(", ")));
    }
    model.addAttribute("customerFields", customFields.definitions(CustomFieldKind.CUSTOMER));
    model.addAttribute("domainFields", domainFields);
    model.addAttribute("appliesTo", appliesTo);
    return "admin/custom-fields/list";
  }
}
