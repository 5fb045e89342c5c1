package org.regdesk.app.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regdesk.app.ConflictException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.RequiredFields;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.catalog.TldRequiredFields;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.web.Flash;
import org.regdesk.app.web.FormErrors;
import org.regdesk.registrar.spi.value.FieldError;
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
 * Settings › Products › one TLD product: create, edit (group, price grid, welcome e-mail, registrar
 * plugin, import margin), delete, and the plugin's required fields with the one-click creation.
 */
@Controller
@RequestMapping("/admin/settings/products/tlds")
public class TldProductFormController {

  private static final String VIEW = "admin/products/form";
  private static final String LIST = "redirect:/admin/settings/products";
  private static final String PRICE_PREFIX = "prices.";

  private final TldProducts products;
  private final ProductGroups groups;
  private final Registrars registrars;
  private final TldRequiredFields requiredFields;

  /**
   * Creates the controller.
   *
   * @param products the TLD products
   * @param groups the product groups
   * @param registrars the registrar plugins (for the chooser)
   * @param requiredFields the plugin-required fields
   */
  public TldProductFormController(
      TldProducts products,
      ProductGroups groups,
      Registrars registrars,
      TldRequiredFields requiredFields) {
    this.products = products;
    this.groups = groups;
    this.registrars = registrars;
    this.requiredFields = requiredFields;
  }

  /**
   * The empty form.
   *
   * @param model the model
   * @return the view
   */
  @GetMapping("/new")
  public String newProduct(Model model) {
    return show(new TldProductForm(), null, Map.of(), model);
  }

  /**
   * Creates a product.
   *
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the product's page, or the form with its errors
   */
  @PostMapping
  public String create(
      @ModelAttribute("form") TldProductForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    TldProduct created;
    try {
      created = products.create(form.toCommand());
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      return show(form, null, cellErrors(invalid), model);
    }
    Flash.success(redirect, "TLD product ." + created.tld().unicode() + " created.");
    return "redirect:/admin/settings/products/tlds/" + created.id();
  }

  /**
   * The form showing a stored product, with its plugin's required fields.
   *
   * @param id the product's id
   * @param model the model
   * @return the view
   */
  @GetMapping("/{id}")
  public String edit(@PathVariable long id, Model model) {
    TldProduct product = products.get(id);
    return show(TldProductForm.of(product), product, Map.of(), model);
  }

  /**
   * Changes a product.
   *
   * @param id the product's id
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the product's page, or the form with its errors
   */
  @PostMapping("/{id}")
  public String update(
      @PathVariable long id,
      @ModelAttribute("form") TldProductForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    TldProduct product = products.get(id);
    TldProduct updated;
    try {
      updated = products.update(id, form.toCommand());
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      return show(form, product, cellErrors(invalid), model);
    }
    Flash.success(redirect, "TLD product ." + updated.tld().unicode() + " saved.");
    return "redirect:/admin/settings/products/tlds/" + id;
  }

  /**
   * Deletes a product.
   *
   * @param id the product's id
   * @param redirect flash attributes
   * @return the list, or back to the product with the reason it stays
   */
  @PostMapping("/{id}/delete")
  public String delete(@PathVariable long id, RedirectAttributes redirect) {
    try {
      TldProduct deleted = products.delete(id);
      Flash.success(redirect, "TLD product ." + deleted.tld().unicode() + " deleted.");
      return LIST;
    } catch (ConflictException conflict) {
      Flash.error(redirect, conflict.getMessage());
      return "redirect:/admin/settings/products/tlds/" + id;
    }
  }

  /**
   * Creates the fields the plugin requires that are missing ("Create missing fields").
   *
   * @param id the product's id
   * @param redirect flash attributes
   * @return the product's page
   */
  @PostMapping("/{id}/required-fields")
  public String createMissing(@PathVariable long id, RedirectAttributes redirect) {
    TldProduct product = products.get(id);
    try {
      requiredFields.createMissing(product.tld());
      Flash.success(redirect, "The fields ." + product.tld().unicode() + " requires now exist.");
    } catch (ValidationException | ConflictException failed) {
      Flash.error(redirect, "No field was created: " + failed.getMessage());
    }
    return "redirect:/admin/settings/products/tlds/" + id;
  }

  /** Price errors by cell ({@code register-1} → message), for the grid. */
  private static Map<String, String> cellErrors(ValidationException invalid) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (FieldError error : invalid.errors()) {
      if (error.field().startsWith(PRICE_PREFIX)) {
        String rest = error.field().substring(PRICE_PREFIX.length());
        int dot = rest.lastIndexOf('.');
        if (dot > 0) {
          cells.putIfAbsent(
              rest.substring(0, dot) + "-" + rest.substring(dot + 1), error.message());
        }
      }
    }
    return cells;
  }

  private String show(
      TldProductForm form, TldProduct product, Map<String, String> cellErrors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("product", product);
    model.addAttribute("groups", groups.all());
    model.addAttribute("plugins", registrars.plugins());
    model.addAttribute("operations", TldOperation.values());
    model.addAttribute("years", java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList());
    model.addAttribute("cellErrors", cellErrors);
    model.addAttribute("settings", products.settings());
    RequiredFields required = product == null ? null : requiredFields.of(product);
    model.addAttribute("required", required);
    model.addAttribute(
        "support",
        product == null || product.registrarPlugin().isEmpty()
            ? null
            : registrars.tldSupport(product.registrarPlugin().get(), product.tld()));
    return VIEW;
  }
}
