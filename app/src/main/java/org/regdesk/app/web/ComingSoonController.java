package org.regdesk.app.web;

import java.util.Map;
import org.regdesk.app.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A "coming soon" page for every navigation entry whose screen does not exist yet.
 *
 * <p>Its paths are patterns ({@code /admin/{section}}), so a feature's own controller for, say,
 * {@code /admin/domains} is more specific and wins without editing this class. Unknown sections are
 * 404.
 */
@Controller
public class ComingSoonController {

  private static final Map<String, String> ADMIN_SECTIONS =
      Map.of(
          "domains", "Domains",
          "customers", "Customers",
          "orders", "Orders");

  private static final Map<String, String> SETTINGS_SECTIONS =
      Map.of(
          "registrars", "Settings › Plugins › Registrars",
          "products", "Settings › Products",
          "custom-fields", "Settings › Custom Fields");

  /**
   * An admin screen that is not built yet.
   *
   * @param section the path segment
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/{section}")
  public String admin(@PathVariable String section, Model model) {
    return page(ADMIN_SECTIONS, section, model);
  }

  /**
   * A settings screen that is not built yet.
   *
   * @param section the path segment
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/settings/{section}")
  public String settings(@PathVariable String section, Model model) {
    return page(SETTINGS_SECTIONS, section, model);
  }

  private static String page(Map<String, String> sections, String section, Model model) {
    String title = sections.get(section);
    if (title == null) {
      throw new NotFoundException("no page " + section);
    }
    model.addAttribute("title", title);
    return "coming-soon";
  }
}
