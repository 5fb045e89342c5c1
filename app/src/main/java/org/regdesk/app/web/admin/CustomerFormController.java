package org.regdesk.app.web.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.ConflictException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.web.Flash;
import org.regdesk.app.web.FormErrors;
import org.regdesk.registrar.spi.value.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customers › one customer: create, change (with the customer custom fields) and delete.
 *
 * <p>Errors of custom fields ({@code customFields.<key>}) show next to their input and, in the
 * summary, under the field's name.
 */
@Controller
@RequestMapping("/admin/customers")
public class CustomerFormController {

  private static final String VIEW = "admin/customers/form";

  /** Countries for the chooser: ISO code and English name, by name. */
  private static final List<Country> COUNTRIES =
      Arrays.stream(Locale.getISOCountries())
          .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
          .sorted(Comparator.comparing(Country::name))
          .toList();

  private final Customers customers;
  private final CustomFields customFields;

  /**
   * Creates the controller.
   *
   * @param customers the customers service
   * @param customFields the custom fields service (the customer fields shown)
   */
  public CustomerFormController(Customers customers, CustomFields customFields) {
    this.customers = customers;
    this.customFields = customFields;
  }

  /**
   * A country of the chooser.
   *
   * @param code ISO 3166 alpha-2
   * @param name the English name
   */
  public record Country(String code, String name) {}

  /**
   * The empty form.
   *
   * @param model the model
   * @return the view
   */
  @GetMapping("/new")
  public String newCustomer(Model model) {
    return show(new CustomerForm(), null, Map.of(), model);
  }

  /**
   * Creates a customer.
   *
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the customer's page, or the form with its errors
   */
  @PostMapping
  public String create(
      @ModelAttribute("form") CustomerForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    Customer created;
    try {
      created = customers.create(form.toCommand());
    } catch (ValidationException invalid) {
      return show(form, null, apply(invalid, result), model);
    }
    Flash.success(redirect, "Customer " + created.fullName() + " created.");
    return "redirect:/admin/customers/" + created.id();
  }

  /**
   * The form showing a stored customer.
   *
   * @param id the customer's id
   * @param model the model
   * @return the view
   */
  @GetMapping("/{id}")
  public String edit(@PathVariable long id, Model model) {
    Customer customer = customers.get(id);
    return show(CustomerForm.of(customer), customer, Map.of(), model);
  }

  /**
   * Changes a customer.
   *
   * @param id the customer's id
   * @param form the form
   * @param result the binding result
   * @param redirect flash attributes
   * @param model the model
   * @return the customer's page, or the form with its errors
   */
  @PostMapping("/{id}")
  public String update(
      @PathVariable long id,
      @ModelAttribute("form") CustomerForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    Customer customer = customers.get(id);
    Customer updated;
    try {
      updated = customers.update(id, form.toCommand());
    } catch (ValidationException invalid) {
      return show(form, customer, apply(invalid, result), model);
    }
    Flash.success(redirect, "Customer " + updated.fullName() + " saved.");
    return "redirect:/admin/customers/" + id;
  }

  /**
   * Deletes a customer.
   *
   * @param id the customer's id
   * @param redirect flash attributes
   * @return the list, or back to the customer with the reason they stay
   */
  @PostMapping("/{id}/delete")
  public String delete(@PathVariable long id, RedirectAttributes redirect) {
    try {
      Customer deleted = customers.delete(id);
      Flash.success(redirect, "Customer " + deleted.fullName() + " deleted.");
      return "redirect:/admin/customers";
    } catch (ConflictException conflict) {
      Flash.error(redirect, conflict.getMessage());
      return "redirect:/admin/customers/" + id;
    }
  }

  /** Puts the errors on the form; returns the custom fields' errors by key. */
  private Map<String, List<String>> apply(ValidationException invalid, BindingResult result) {
    Map<String, CustomFieldDefinition> fields = new LinkedHashMap<>();
    customFields.definitions(CustomFieldKind.CUSTOMER).forEach(f -> fields.put(f.key(), f));
    Map<String, List<String>> custom = new LinkedHashMap<>();
    List<FieldError> others = new ArrayList<>();
    for (FieldError error : invalid.errors()) {
      if (error.field().startsWith(Customers.CUSTOM_FIELDS)) {
        String key = error.field().substring(Customers.CUSTOM_FIELDS.length());
        String name = Optional.ofNullable(fields.get(key)).map(f -> f.name()).orElse(key);
        custom.computeIfAbsent(key, k -> new ArrayList<>()).add(error.message());
        result.reject("invalid", name + ": " + error.message());
      } else {
        others.add(error);
      }
    }
    if (!others.isEmpty()) {
      FormErrors.apply(new ValidationException(others), result);
    }
    return custom;
  }

  private String show(
      CustomerForm form,
      Customer customer,
      Map<String, List<String>> customFieldErrors,
      Model model) {
    model.addAttribute("form", form);
    model.addAttribute("customer", customer);
    model.addAttribute("fields", customFields.definitions(CustomFieldKind.CUSTOMER));
    model.addAttribute("customFieldErrors", customFieldErrors);
    model.addAttribute("countries", COUNTRIES);
    return VIEW;
  }
}
