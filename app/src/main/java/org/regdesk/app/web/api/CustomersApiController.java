package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Map;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.CustomerCommand;
import org.regdesk.app.customer.Customers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers}: search, read, create, change and delete customers with their customer
 * custom field values ({@code customFields}, keyed by stable key).
 */
@RestController
@RequestMapping("/api/v1/customers")
public class CustomersApiController {

  private final Customers customers;

  /**
   * Creates the controller.
   *
   * @param customers the customers service
   */
  public CustomersApiController(Customers customers) {
    this.customers = customers;
  }

  /**
   * Searches customers.
   *
   * @param q words that begin words of the names, organisation or e-mail address; empty for all
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page, by last and first name
   */
  @GetMapping
  @Operation(
      summary =
          "List customers by last and first name; q finds those with a word beginning with each"
              + " word of q (names, organisation, e-mail address; case and accents ignored)")
  public ApiPage<CustomerResponse> list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    return ApiPage.of(customers.search(q, ApiPaging.request(page, size)), CustomerResponse::of);
  }

  /**
   * One customer.
   *
   * @param id the customer's id
   * @return the customer
   */
  @GetMapping("/{id}")
  @Operation(summary = "Get a customer")
  public CustomerResponse get(@PathVariable long id) {
    return CustomerResponse.of(customers.get(id));
  }

  /**
   * Creates a customer.
   *
   * @param request the customer
   * @return the customer
   */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a customer; the e-mail address must be new (whatever its case)")
  public CustomerResponse create(@RequestBody CustomerRequest request) {
    return CustomerResponse.of(customers.create(request.toCommand()));
  }

  /**
   * Changes a customer.
   *
   * @param id the customer's id
   * @param request the whole customer; {@code customFields} left out keeps the stored values
   * @return the customer as changed
   */
  @PutMapping("/{id}")
  @Operation(
      summary =
          "Replace a customer's data; customFields left out keeps the stored values, {} clears"
              + " them")
  public CustomerResponse update(@PathVariable long id, @RequestBody CustomerRequest request) {
    return CustomerResponse.of(customers.update(id, request.toCommand()));
  }

  /**
   * Deletes a customer.
   *
   * @param id the customer's id
   */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a customer; 409 while domains or orders refer to them")
  public void delete(@PathVariable long id) {
    customers.delete(id);
  }

  /**
   * Body of a create or update call.
   *
   * @param firstName the first name
   * @param lastName the last name
   * @param organisation the organisation; empty for an individual
   * @param email the e-mail address
   * @param phone {@code +34 912 345 678}, or a national number of the country
   * @param address1 the first address line
   * @param address2 the second address line
   * @param city the city
   * @param state the state or province
   * @param postalCode the postal code
   * @param country the ISO 3166 two-letter code
   * @param customFields customer custom field values by stable key (dates {@code yyyy-MM-dd},
   *     yes/no {@code true}/{@code false}, a choice's option value)
   */
  public record CustomerRequest(
      String firstName,
      String lastName,
      String organisation,
      String email,
      String phone,
      String address1,
      String address2,
      String city,
      String state,
      String postalCode,
      String country,
      Map<String, String> customFields) {

    CustomerCommand toCommand() {
      return new CustomerCommand(
          firstName,
          lastName,
          organisation,
          email,
          phone,
          address1,
          address2,
          city,
          state,
          postalCode,
          country,
          customFields);
    }

    /** Shows nothing: every part is personal data. */
    @Override
    public String toString() {
      return "CustomerRequest[…]";
    }
  }

  /**
   * A customer.
   *
   * @param id the id
   * @param firstName the first name
   * @param lastName the last name
   * @param organisation the organisation, or null for an individual
   * @param email the e-mail address
   * @param phone E.164, e.g. {@code +34912345678}
   * @param address1 the first address line
   * @param address2 the second address line, or null
   * @param city the city
   * @param state the state or province, or null
   * @param postalCode the postal code, or null
   * @param country the ISO 3166 two-letter code
   * @param userAccountId the client-area login, or null
   * @param customFields customer custom field values by stable key
   * @param createdAt when created
   * @param updatedAt when last changed
   */
  public record CustomerResponse(
      long id,
      String firstName,
      String lastName,
      String organisation,
      String email,
      String phone,
      String address1,
      String address2,
      String city,
      String state,
      String postalCode,
      String country,
      Long userAccountId,
      Map<String, String> customFields,
      Instant createdAt,
      Instant updatedAt) {

    static CustomerResponse of(Customer c) {
      return new CustomerResponse(
          c.id(),
          c.firstName(),
          c.lastName(),
          c.organisation(),
          c.email().value(),
          c.phone().e164(),
          c.address1(),
          c.address2(),
          c.city(),
          c.state(),
          c.postalCode(),
          c.country().alpha2(),
          c.userAccountId(),
          c.customFields(),
          c.createdAt(),
          c.updatedAt());
    }

    /** Shows the id only: everything else is personal data. */
    @Override
    public String toString() {
      return "CustomerResponse[" + id + "]";
    }
  }
}
