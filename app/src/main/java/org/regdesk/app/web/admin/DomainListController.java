package org.regdesk.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.regdesk.app.ValidationException;
import org.regdesk.app.domain.DomainListItem;
import org.regdesk.app.domain.DomainQuery;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.registrar.RegistrarPlugin;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Domains: search by name or customer, filter by status, TLD, registrar and expiry, sort by name or
 * expiry, page by page.
 */
@Controller
public class DomainListController {

  private final Domains domains;
  private final Registrars registrars;

  /**
   * Creates the controller.
   *
   * @param domains the domains service
   * @param registrars the plugins, offered as a filter
   */
  public DomainListController(Domains domains, Registrars registrars) {
    this.domains = domains;
    this.registrars = registrars;
  }

  /**
   * Lists the domains the search and filters select; bad filters are named and select nothing.
   *
   * @param q words of the name or of the customer's name or e-mail address
   * @param status a state's name
   * @param tld a TLD
   * @param registrar a plugin's stable name
   * @param expiringBefore a date {@code yyyy-MM-dd}
   * @param sort {@code name} or {@code expiry}
   * @param page the page number
   * @param model the model
   * @param response to answer 400 for bad filters
   * @return the view
   */
  @GetMapping("/admin/domains")
  public String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String tld,
      @RequestParam(defaultValue = "") String registrar,
      @RequestParam(defaultValue = "") String expiringBefore,
      @RequestParam(defaultValue = "") String sort,
      @RequestParam(defaultValue = "1") int page,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("q", q);
    model.addAttribute("status", status);
    model.addAttribute("tld", tld);
    model.addAttribute("registrar", registrar);
    model.addAttribute("expiringBefore", expiringBefore);
    model.addAttribute("sort", sort);
    model.addAttribute("states", DomainState.values());
    model.addAttribute(
        "plugins", registrars.plugins().stream().map(RegistrarPlugin::name).toList());
    PageRequest request = new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE);
    Page<DomainListItem> found;
    List<String> problems = List.of();
    try {
      DomainQuery query = DomainQuery.parse(q, status, tld, registrar, expiringBefore, sort);
      found = domains.list(query, request);
    } catch (ValidationException invalid) {
      problems = invalid.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
      found = new Page<>(List.of(), request, 0);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("problems", problems);
    model.addAttribute(
        "filtered",
        !(q.isBlank()
            && status.isBlank()
            && tld.isBlank()
            && registrar.isBlank()
            && expiringBefore.isBlank()));
    model.addAttribute("page", found);
    return "admin/domains/list";
  }
}
