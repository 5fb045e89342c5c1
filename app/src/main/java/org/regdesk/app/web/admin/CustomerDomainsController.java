package org.regdesk.app.web.admin;

import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.DomainQuery;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The customer page's Domains section: the customer's domains by name, loaded into the page by htmx
 * from the include point in {@code admin/domains/of-customer.html}.
 */
@Controller
public class CustomerDomainsController {

  /** Domains shown on the customer's page; the list links to the rest. */
  static final int SHOWN = 100;

  private final Domains domains;
  private final Customers customers;

  /**
   * Creates the controller.
   *
   * @param domains the domains service
   * @param customers the customers service
   */
  public CustomerDomainsController(Domains domains, Customers customers) {
    this.domains = domains;
    this.customers = customers;
  }

  /**
   * The customer's domains.
   *
   * @param id the customer's id
   * @param model the model
   * @return the fragment
   */
  @GetMapping("/admin/customers/{id:\\d+}/domains")
  public String domains(@PathVariable long id, Model model) {
    model.addAttribute("customer", customers.get(id));
    model.addAttribute(
        "page", domains.list(DomainQuery.ALL.ofCustomer(id), new PageRequest(1, SHOWN)));
    return "admin/domains/of-customer :: list";
  }
}
