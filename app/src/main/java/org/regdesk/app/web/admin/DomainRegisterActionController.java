package org.regdesk.app.web.admin;

import org.regdesk.app.order.Order;
import org.regdesk.app.order.Orders;
import org.regdesk.app.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The domain page's Plugin actions › Register: re-runs the registration or transfer the domain's
 * order asked for (the recovery path after a failure). Never registers twice: it runs the order's
 * own job again.
 */
@Controller
public class DomainRegisterActionController {

  private final Orders orders;

  /**
   * Creates the controller.
   *
   * @param orders the orders service
   */
  public DomainRegisterActionController(Orders orders) {
    this.orders = orders;
  }

  /**
   * Register.
   *
   * @param id the domain
   * @param redirect the flash
   * @return back to the domain
   */
  @PostMapping("/admin/domains/{id:\\d+}/register")
  public String register(@PathVariable long id, RedirectAttributes redirect) {
    Order order = orders.registerAgain(id);
    Flash.success(
        redirect,
        "Order "
            + order.id()
            + " ("
            + order.type().key()
            + ") is "
            + order.status().key()
            + "; it runs at the registrar now.");
    return "redirect:/admin/domains/" + id;
  }
}
