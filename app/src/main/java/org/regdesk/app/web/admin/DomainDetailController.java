package org.regdesk.app.web.admin;

import org.regdesk.app.NotFoundException;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.registrar.RegistrarCallLog;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Domains › one domain: status, dates, registrar ids, name servers, contacts, lock, privacy,
 * renewal mode, custom field values (secret ones masked), the customer, and the audit of the
 * registrar calls about it. The Orders and Plugin actions sections are fragments ({@code
 * admin/domains/orders.html}, {@code admin/domains/actions.html}) the life-cycle feature fills.
 */
@Controller
public class DomainDetailController {

  /** Registrar calls per page of the audit. */
  static final int CALLS_PER_PAGE = 20;

  private final Domains domains;
  private final Customers customers;
  private final RegistrarCallLog calls;

  /**
   * Creates the controller.
   *
   * @param domains the domains service
   * @param customers the customers service
   * @param calls the audit of registrar calls
   */
  public DomainDetailController(Domains domains, Customers customers, RegistrarCallLog calls) {
    this.domains = domains;
    this.customers = customers;
    this.calls = calls;
  }

  /**
   * Shows a domain.
   *
   * @param id the domain's id
   * @param callsPage the page of the registrar call audit
   * @param model the model
   * @return the view
   * @throws NotFoundException when there is no such domain
   */
  @GetMapping("/admin/domains/{id:\\d+}")
  public String show(
      @PathVariable long id, @RequestParam(defaultValue = "1") int callsPage, Model model) {
    Domain domain = domains.get(id);
    model.addAttribute("domain", domain);
    model.addAttribute("customer", customers.get(domain.customerId()));
    model.addAttribute("fieldValues", domains.shownFieldValues(domain));
    model.addAttribute(
        "calls",
        calls.forDomain(domain.name(), new PageRequest(Math.max(1, callsPage), CALLS_PER_PAGE)));
    return "admin/domains/detail";
  }
}
