package org.regdesk.app.web.admin;

import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CatalogSettings;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.importer.PriceImportPreview;
import org.regdesk.app.importer.TldPriceImport;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.web.Flash;
import org.regdesk.app.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Products › Import TLDs and prices: choose the plugin, group, TLDs and margins, see the
 * preview (costs, prices, new/updated/unchanged), then apply.
 */
@Controller
@RequestMapping("/admin/settings/products/import")
public class TldPriceImportController {

  private static final String VIEW = "admin/products/import";

  private final TldPriceImport priceImport;
  private final TldProducts products;
  private final ProductGroups groups;
  private final Registrars registrars;

  /**
   * Creates the controller.
   *
   * @param priceImport the import
   * @param products the TLD products (settings)
   * @param groups the product groups
   * @param registrars the registrar plugins (for the chooser)
   */
  public TldPriceImportController(
      TldPriceImport priceImport,
      TldProducts products,
      ProductGroups groups,
      Registrars registrars) {
    this.priceImport = priceImport;
    this.products = products;
    this.groups = groups;
    this.registrars = registrars;
  }

  /**
   * The empty form, with the stored default margin.
   *
   * @param model the model
   * @return the view
   */
  @GetMapping
  public String form(Model model) {
    TldPriceImportForm form = new TldPriceImportForm();
    CatalogSettings settings = products.settings();
    form.setMarginKind(settings.defaultMargin().kind().name());
    form.setMarginValue(settings.defaultMargin().value().toPlainString());
    return show(form, null, model);
  }

  /**
   * Shows what the import would do; changes nothing.
   *
   * @param form the form
   * @param result the binding result
   * @param model the model
   * @return the view with the preview, or the form with its errors
   */
  @PostMapping("/preview")
  public String preview(
      @ModelAttribute("form") TldPriceImportForm form, BindingResult result, Model model) {
    try {
      return show(form, priceImport.preview(form.toRequest()), model);
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      return show(form, null, model);
    }
  }

  /**
   * Runs the import.
   *
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the TLD product list, or the form with its errors
   */
  @PostMapping
  public String apply(
      @ModelAttribute("form") TldPriceImportForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    PriceImportPreview done;
    try {
      done = priceImport.apply(form.toRequest());
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      return show(form, null, model);
    }
    Flash.success(
        redirect,
        "Price import done: "
            + done.changes()
            + " TLD product(s) created or updated, "
            + (done.rows().size() - done.changes())
            + " unchanged or skipped.");
    return "redirect:/admin/settings/products";
  }

  private String show(TldPriceImportForm form, PriceImportPreview preview, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("preview", preview);
    model.addAttribute("groups", groups.all());
    model.addAttribute("plugins", registrars.plugins());
    model.addAttribute("operations", TldOperation.values());
    model.addAttribute("settings", products.settings());
    return VIEW;
  }
}
