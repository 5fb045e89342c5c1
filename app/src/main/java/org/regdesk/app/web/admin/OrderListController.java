package org.regdesk.app.web.admin;

import org.regdesk.app.ValidationException;
import org.regdesk.app.order.OrderStatus;
import org.regdesk.app.order.OrderType;
import org.regdesk.app.order.Orders;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Orders: newest first, filtered by status, type and domain, a page at a time. */
@Controller
public class OrderListController {

  private final Orders orders;

  /**
   * Creates the controller.
   *
   * @param orders the orders service
   */
  public OrderListController(Orders orders) {
    this.orders = orders;
  }

  /**
   * The list.
   *
   * @param status a status, or empty
   * @param type a type, or empty
   * @param domain a domain, or empty
   * @param page the page, from 1
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/orders")
  public String list(
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "") String domain,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    OrderStatus byStatus = OrderStatus.parse(status).orElse(null);
    OrderType byType = OrderType.parse(type).orElse(null);
    PageRequest request = new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE);
    Page<org.regdesk.app.order.Order> found;
    try {
      found = orders.list(byStatus, byType, domain, request);
    } catch (ValidationException notADomain) {
      model.addAttribute("domainError", "Not a domain name");
      found = orders.list(byStatus, byType, null, request);
    }
    model.addAttribute("page", found);
    model.addAttribute("statuses", OrderStatus.values());
    model.addAttribute("types", OrderType.values());
    model.addAttribute("status", byStatus == null ? "" : byStatus.name());
    model.addAttribute("type", byType == null ? "" : byType.name());
    model.addAttribute("domain", domain);
    return "admin/orders/list";
  }
}
