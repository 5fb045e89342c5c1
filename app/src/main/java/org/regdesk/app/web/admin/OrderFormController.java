package org.regdesk.app.web.admin;

import org.regdesk.app.ValidationException;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.order.Order;
import org.regdesk.app.order.Orders;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.web.Flash;
import org.regdesk.app.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Orders › New order, in two steps on one form: the domain typed, "Show the TLD's fields" shows the
 * custom fields of its TLD; "Place order" validates everything and places it.
 */
@Controller
public class OrderFormController {

  static final String VIEW = "admin/orders/form";

  /** Customers offered in the form's list. */
  static final int CUSTOMERS_SHOWN = 200;

  private final Orders orders;
  private final Customers customers;

  /**
   * Creates the controller.
   *
   * @param orders the orders service
   * @param customers the customers service
   */
  public OrderFormController(Orders orders, Customers customers) {
    this.orders = orders;
    this.customers = customers;
  }

  /**
   * The empty form.
   *
   * @param customerId a customer to preselect, or null
   * @param domain a domain to prefill, or null
   * @param type an order type to preselect, or null
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/orders/new")
  public String form(
      @RequestParam(required = false) Long customerId,
      @RequestParam(required = false) String domain,
      @RequestParam(required = false) String type,
      Model model) {
    OrderForm form = new OrderForm();
    form.setCustomerId(customerId);
    form.setDomain(domain);
    if (type != null) {
      form.setType(type);
    }
    return show(form, model);
  }

  /**
   * Shows the TLD's fields, or places the order.
   *
   * @param form the form
   * @param result its errors
   * @param step {@code fields} to show the TLD's fields only
   * @param model the model
   * @param redirect the flash
   * @return the order's page, or the form with the errors
   */
  @PostMapping("/admin/orders/new")
  public String place(
      @ModelAttribute("form") OrderForm form,
      BindingResult result,
      @RequestParam(defaultValue = "") String step,
      Model model,
      RedirectAttributes redirect) {
    if (step.equals("fields")) {
      form.setAuthCode(null);
      return show(form, model);
    }
    Order order;
    try {
      order = orders.place(form.command());
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      form.setAuthCode(null);
      return show(form, model);
    }
    Flash.success(
        redirect,
        "Order " + order.id() + " placed: " + order.type().key() + " " + order.domain().unicode());
    return "redirect:/admin/orders/" + order.id();
  }

  private String show(OrderForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute(
        "customers", customers.search(null, new PageRequest(1, CUSTOMERS_SHOWN)).items());
    model.addAttribute(
        "domainFields",
        form.getDomain() == null || form.getDomain().isBlank()
            ? java.util.List.of()
            : orders.domainFieldsFor(form.getDomain()));
    return VIEW;
  }
}
