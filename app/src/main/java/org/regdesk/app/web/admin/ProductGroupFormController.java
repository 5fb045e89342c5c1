package org.regdesk.app.web.admin;

import java.util.ArrayList;
import org.regdesk.app.ConflictException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.web.Flash;
import org.regdesk.app.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Products › one product group: create, change (name, description, which domain fields
 * apply) and delete.
 */
@Controller
@RequestMapping("/admin/settings/products/groups")
public class ProductGroupFormController {

  private static final String VIEW = "admin/product-groups/form";
  private static final String LIST = "redirect:/admin/settings/products/groups";

  private final ProductGroups productGroups;
  private final CustomFields customFields;

  /**
   * Creates the controller.
   *
   * @param productGroups the product groups service
   * @param customFields the custom fields service (the domain fields to choose from)
   */
  public ProductGroupFormController(ProductGroups productGroups, CustomFields customFields) {
    this.productGroups = productGroups;
    this.customFields = customFields;
  }

  /**
   * The empty form.
   *
   * @param model the model
   * @return the view
   */
  @GetMapping("/new")
  public String newGroup(Model model) {
    ProductGroupForm form = new ProductGroupForm();
    form.setCustomFields(
        new ArrayList<>(
            customFields.definitions(CustomFieldKind.DOMAIN).stream()
                .filter(CustomFieldDefinition::allGroups)
                .map(CustomFieldDefinition::key)
                .toList()));
    return show(form, null, model);
  }

  /**
   * Creates a group.
   *
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the list, or the form with its errors
   */
  @PostMapping
  public String create(
      @ModelAttribute("form") ProductGroupForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    ProductGroup created;
    try {
      created = productGroups.create(form.toCommand());
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      return show(form, null, model);
    }
    Flash.success(redirect, "Product group '" + created.name() + "' created.");
    return LIST;
  }

  /**
   * The form showing a stored group.
   *
   * @param id the group's id
   * @param model the model
   * @return the view
   */
  @GetMapping("/{id}")
  public String edit(@PathVariable long id, Model model) {
    ProductGroup group = productGroups.get(id);
    return show(ProductGroupForm.of(group, customFields.domainFieldsOf(id)), group, model);
  }

  /**
   * Changes a group.
   *
   * @param id the group's id
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the list, or the form with its errors
   */
  @PostMapping("/{id}")
  public String update(
      @PathVariable long id,
      @ModelAttribute("form") ProductGroupForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    ProductGroup group = productGroups.get(id);
    ProductGroup updated;
    try {
      updated = productGroups.update(id, form.toCommand());
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      return show(form, group, model);
    }
    Flash.success(redirect, "Product group '" + updated.name() + "' saved.");
    return LIST;
  }

  /**
   * Deletes a group.
   *
   * @param id the group's id
   * @param redirect flash attributes
   * @return the list, or back to the group with the reason it stays
   */
  @PostMapping("/{id}/delete")
  public String delete(@PathVariable long id, RedirectAttributes redirect) {
    try {
      ProductGroup deleted = productGroups.delete(id);
      Flash.success(redirect, "Product group '" + deleted.name() + "' deleted.");
      return LIST;
    } catch (ConflictException conflict) {
      Flash.error(redirect, conflict.getMessage());
      return "redirect:/admin/settings/products/groups/" + id;
    }
  }

  private String show(ProductGroupForm form, ProductGroup group, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("group", group);
    model.addAttribute("domainFields", customFields.definitions(CustomFieldKind.DOMAIN));
    return VIEW;
  }
}
