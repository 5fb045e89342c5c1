package org.regdesk.app.web.admin;

import org.regdesk.app.customer.Customers;
import org.regdesk.app.order.Order;
import org.regdesk.app.order.Orders;
import org.regdesk.app.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One order: what it asked, its price and status, its job's attempts and messages, Retry. */
@Controller
public class OrderDetailController {

  private final Orders orders;
  private final Customers customers;

  /**
   * Creates the controller.
   *
   * @param orders the orders service
   * @param customers the customers service
   */
  public OrderDetailController(Orders orders, Customers customers) {
    this.orders = orders;
    this.customers = customers;
  }

  /**
   * Shows an order.
   *
   * @param id the order
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/orders/{id:\\d+}")
  public String show(@PathVariable long id, Model model) {
    Order order = orders.get(id);
    model.addAttribute("order", order);
    model.addAttribute("customer", customers.get(order.customerId()));
    model.addAttribute("job", orders.job(order).orElse(null));
    model.addAttribute("attempts", orders.attempts(order));
    return "admin/orders/detail";
  }

  /**
   * Retries a failed order.
   *
   * @param id the order
   * @param redirect the flash
   * @return back to the order
   */
  @PostMapping("/admin/orders/{id:\\d+}/retry")
  public String retry(@PathVariable long id, RedirectAttributes redirect) {
    Order order = orders.retry(id);
    Flash.success(redirect, "Order " + order.id() + " will run again now.");
    return "redirect:/admin/orders/" + id;
  }
}
