package org.regdesk.app.order;

import java.util.Map;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.config.SandboxEndpoint;
import org.regdesk.app.customer.CustomerCommand;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.value.CustomerField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the first start with no customer creates "Demo Customer", with every contact detail
 * the sandbox registrar asks for (postal code, province, a VAT number), so an admin can place a
 * register order in the panel at once. A later start finds customers and does nothing.
 */
@Component
class DemoCustomer {

  static final String EMAIL = "demo.customer@example.org";

  private static final Logger LOG = LoggerFactory.getLogger(DemoCustomer.class);

  private final ObjectProvider<SandboxEndpoint> sandbox;
  private final Customers customers;
  private final CustomFields customFields;

  DemoCustomer(
      ObjectProvider<SandboxEndpoint> sandbox, Customers customers, CustomFields customFields) {
    this.sandbox = sandbox;
    this.customers = customers;
    this.customFields = customFields;
  }

  /**
   * Creates the demo customer in demo mode when there is no customer.
   *
   * @param ready the event
   */
  @EventListener
  public void onReady(ApplicationReadyEvent ready) {
    if (sandbox.getIfAvailable() != null) {
      create();
    }
  }

  boolean create() {
    if (customers.search(null, PageRequest.first()).totalItems() > 0) {
      return false;
    }
    Map<String, String> values =
        customFields
            .linkedTo(CustomerField.IDENTITY_NUMBER)
            .map(field -> Map.of(field.key(), "12345678Z"))
            .orElse(Map.of());
    customers.create(
        new CustomerCommand(
            "Demo",
            "Customer",
            null,
            EMAIL,
            "+34 912 34 56 78",
            "Calle Mayor 1",
            null,
            "Madrid",
            "Madrid",
            "28013",
            "ES",
            values));
    LOG.info("Demo mode: created the customer {} to place orders for", EMAIL);
    return true;
  }
}
