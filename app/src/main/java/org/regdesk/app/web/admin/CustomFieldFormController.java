package org.regdesk.app.web.admin;

import java.util.Locale;
import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFieldType;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.web.Flash;
import org.regdesk.app.web.FormErrors;
import org.regdesk.registrar.spi.value.CustomerField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Custom Fields › one field: the form to create a domain or customer field, to change
 * one, and to delete one (refused while it holds values).
 */
@Controller
@RequestMapping("/admin/settings/custom-fields")
public class CustomFieldFormController {

  private static final String VIEW = "admin/custom-fields/form";
  private static final String LIST = "redirect:/admin/settings/custom-fields";

  private final CustomFields customFields;
  private final ProductGroups productGroups;

  /**
   * Creates the controller.
   *
   * @param customFields the custom fields service
   * @param productGroups the product groups service (the groups a domain field may apply to)
   */
  public CustomFieldFormController(CustomFields customFields, ProductGroups productGroups) {
    this.customFields = customFields;
    this.productGroups = productGroups;
  }

  /**
   * The empty form for a new field.
   *
   * @param kind {@code domain} or {@code customer}
   * @param model the model
   * @return the view
   */
  @GetMapping("/new")
  public String newField(@RequestParam(defaultValue = "customer") String kind, Model model) {
    CustomFieldForm form = new CustomFieldForm();
    form.setKind(kindOf(kind).name().toLowerCase(Locale.ROOT));
    return show(form, null, model);
  }

  /**
   * Creates a field.
   *
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the list, or the form with its errors
   */
  @PostMapping
  public String create(
      @ModelAttribute("form") CustomFieldForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    CustomFieldKind kind = kindOf(form.getKind());
    CustomFieldDefinition created;
    try {
      created = customFields.create(kind, form.toCommand(kind));
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      return show(form, null, model);
    }
    Flash.success(
        redirect,
        "Custom field '" + created.name() + "' created with the key '" + created.key() + "'.");
    return LIST;
  }

  /**
   * The form showing a stored field.
   *
   * @param id the field's id
   * @param model the model
   * @return the view
   */
  @GetMapping("/{id}")
  public String edit(@PathVariable long id, Model model) {
    CustomFieldDefinition field = customFields.get(id);
    return show(CustomFieldForm.of(field), field, model);
  }

  /**
   * Changes a field.
   *
   * @param id the field's id
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the list, or the form with its errors
   */
  @PostMapping("/{id}")
  public String update(
      @PathVariable long id,
      @ModelAttribute("form") CustomFieldForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    CustomFieldDefinition field = customFields.get(id);
    form.setKind(field.kind().name().toLowerCase(Locale.ROOT));
    form.setKey(field.key());
    CustomFieldDefinition updated;
    try {
      updated = customFields.update(id, form.toCommand(field.kind()));
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      return show(form, field, model);
    } catch (ConflictException conflict) {
      result.reject("conflict", conflict.getMessage());
      return show(form, field, model);
    }
    Flash.success(redirect, "Custom field '" + updated.name() + "' saved.");
    return LIST;
  }

  /**
   * Deletes a field that holds no values.
   *
   * @param id the field's id
   * @param redirect flash attributes
   * @return the list, or back to the field with the reason it stays
   */
  @PostMapping("/{id}/delete")
  public String delete(@PathVariable long id, RedirectAttributes redirect) {
    try {
      CustomFieldDefinition deleted = customFields.delete(id);
      Flash.success(redirect, "Custom field '" + deleted.name() + "' deleted.");
      return LIST;
    } catch (ConflictException conflict) {
      Flash.error(redirect, conflict.getMessage());
      return "redirect:/admin/settings/custom-fields/" + id;
    }
  }

  private String show(CustomFieldForm form, CustomFieldDefinition field, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("field", field);
    model.addAttribute("domain", CustomFieldKind.DOMAIN.name().equalsIgnoreCase(form.getKind()));
    model.addAttribute("types", CustomFieldType.values());
    model.addAttribute("links", CustomerField.values());
    model.addAttribute("groups", productGroups.all());
    return VIEW;
  }

  private static CustomFieldKind kindOf(String kind) {
    return CustomFieldKind.parse(kind)
        .orElseThrow(() -> new NotFoundException("no kind of custom field is called " + kind));
  }
}
