package org.regdesk.app.web.admin;

import java.util.List;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProductFilter;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Settings › Products: the product groups in short (linking to their screen) and the TLD products,
 * searchable by TLD and filtered by group and plugin, paged.
 */
@Controller
public class TldProductListController {

  private final TldProducts products;
  private final ProductGroups groups;
  private final Registrars registrars;

  /**
   * Creates the controller.
   *
   * @param products the TLD products
   * @param groups the product groups
   * @param registrars the registrar plugins (for the filter)
   */
  public TldProductListController(
      TldProducts products, ProductGroups groups, Registrars registrars) {
    this.products = products;
    this.groups = groups;
    this.registrars = registrars;
  }

  /**
   * The list.
   *
   * @param q the start of a TLD
   * @param group a product group's id, blank for all
   * @param plugin a plugin, {@code none} for manual, blank for all
   * @param page the page number
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/settings/products")
  public String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long group,
      @RequestParam(required = false) String plugin,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    Page<TldProduct> tlds =
        products.list(
            new TldProductFilter(q, group, plugin),
            new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE));
    List<ProductGroup> allGroups = groups.all();
    model.addAttribute("page", tlds);
    model.addAttribute("groups", allGroups);
    model.addAttribute("plugins", registrars.plugins());
    model.addAttribute("q", q);
    model.addAttribute("group", group);
    model.addAttribute("plugin", plugin);
    model.addAttribute("settings", products.settings());
    return "admin/products/list";
  }
}
