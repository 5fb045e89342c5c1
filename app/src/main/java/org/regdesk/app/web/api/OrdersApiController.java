package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.order.Order;
import org.regdesk.app.order.OrderCommand;
import org.regdesk.app.order.OrderStatus;
import org.regdesk.app.order.OrderType;
import org.regdesk.app.order.Orders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/orders}: place register, transfer and renew orders, read them, retry one. */
@RestController
@RequestMapping("/api/v1/orders")
public class OrdersApiController {

  private final Orders orders;

  /**
   * Creates the controller.
   *
   * @param orders the orders service
   */
  public OrdersApiController(Orders orders) {
    this.orders = orders;
  }

  /**
   * An order to place.
   *
   * @param type {@code register}, {@code transfer} or {@code renew}
   * @param domain the domain
   * @param customerId the customer
   * @param years the period (transfers: omit)
   * @param authCode a transfer's auth code (never returned)
   * @param nameservers name servers, or none for the registrar's default
   * @param fields the TLD's domain custom field values by key
   * @param acceptPremiumPrice the premium price accepted, e.g. {@code 499.00}
   */
  public record OrderRequest(
      String type,
      String domain,
      Long customerId,
      Integer years,
      String authCode,
      List<String> nameservers,
      Map<String, String> fields,
      String acceptPremiumPrice) {

    OrderCommand command() {
      return new OrderCommand(
          type, domain, customerId, years, authCode, nameservers, fields, acceptPremiumPrice);
    }

    @Override
    public String toString() {
      return "OrderRequest[" + type + ", " + domain + "]";
    }
  }

  /**
   * An order on the wire.
   *
   * @param id the order's number
   * @param type {@code register}, {@code transfer} or {@code renew}
   * @param domain the domain (A-label)
   * @param customerId the customer
   * @param years the period
   * @param status {@code pending}, {@code running}, {@code done} or {@code failed}
   * @param message the outcome or the registrar's words, or null
   * @param price what the customer is charged, two decimals
   * @param createdAt when placed
   * @param completedAt when it ended, or null
   */
  public record OrderResponse(
      long id,
      String type,
      String domain,
      long customerId,
      int years,
      String status,
      String message,
      String price,
      Instant createdAt,
      Instant completedAt) {

    static OrderResponse of(Order order) {
      return new OrderResponse(
          order.id(),
          order.type().key(),
          order.domain().ascii(),
          order.customerId(),
          order.years(),
          order.status().key(),
          order.message(),
          order.priceText(),
          order.createdAt(),
          order.completedAt());
    }
  }

  /**
   * Places an order.
   *
   * @param request the order
   * @return the order, pending
   */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Place a register, transfer or renew order; 400 names every bad field, 409 when an open"
              + " order for the same domain and operation exists")
  public OrderResponse place(@RequestBody OrderRequest request) {
    return OrderResponse.of(orders.place(request.command()));
  }

  /**
   * Lists orders.
   *
   * @param status a status, or empty
   * @param type a type, or empty
   * @param domain a domain, or empty
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page, newest first
   */
  @GetMapping
  @Operation(summary = "List orders, newest first; filter by status, type and domain")
  public ApiPage<OrderResponse> list(
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "") String domain,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    FieldErrors errors = new FieldErrors();
    OrderStatus byStatus = status.isBlank() ? null : OrderStatus.parse(status).orElse(null);
    errors.check(
        "status",
        status.isBlank() || byStatus != null,
        "must be one of pending, running, done, failed");
    OrderType byType = type.isBlank() ? null : OrderType.parse(type).orElse(null);
    errors.check(
        "type", type.isBlank() || byType != null, "must be one of register, transfer, renew");
    errors.throwIfAny();
    return ApiPage.of(
        orders.list(byStatus, byType, domain, ApiPaging.request(page, size)), OrderResponse::of);
  }

  /**
   * One order.
   *
   * @param id the order
   * @return the order
   */
  @GetMapping("/{id}")
  @Operation(summary = "Get an order")
  public OrderResponse get(@PathVariable long id) {
    return OrderResponse.of(orders.get(id));
  }

  /**
   * Retries a failed order.
   *
   * @param id the order
   * @return the order, pending
   */
  @PostMapping("/{id}/retry")
  @Operation(summary = "Run a failed order again (409 unless it failed)")
  public OrderResponse retry(@PathVariable long id) {
    return OrderResponse.of(orders.retry(id));
  }
}
