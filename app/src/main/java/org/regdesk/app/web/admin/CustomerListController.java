package org.regdesk.app.web.admin;

import org.regdesk.app.customer.Customers;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Customers: search by name, organisation or e-mail address, page by page. */
@Controller
public class CustomerListController {

  private final Customers customers;

  /**
   * Creates the controller.
   *
   * @param customers the customers service
   */
  public CustomerListController(Customers customers) {
    this.customers = customers;
  }

  /**
   * Lists the customers matching the search.
   *
   * @param q the search; empty for all
   * @param page the page number
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/customers")
  public String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute(
        "page", customers.search(q, new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE)));
    return "admin/customers/list";
  }
}
