package org.regdesk.app.importer;

import java.util.List;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.catalog.TldRequiredFields;
import org.regdesk.app.config.SandboxEndpoint;
import org.regdesk.app.registrar.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the first start with no TLD product fills Settings › Products from the sandbox — a
 * product group "Domains" (reused when it exists) and the common TLDs {@link #TLDS} imported from
 * the sandbox's price list with a 25% margin, assigned to the DonDominio plugin, with the fields
 * the plugin requires for them (.aero's Aero ID and secret password among them). A later start
 * finds products and does nothing; an unreachable sandbox is logged and skipped.
 */
@Component
class DemoCatalogue {

  /** The TLDs of the demo catalogue; .aero needs extra fields, one of them secret. */
  static final List<String> TLDS = List.of("com", "net", "org", "es", "eu", "info", "aero");

  static final String GROUP = "Domains";
  static final String PLUGIN = "dondominio";
  static final String MARGIN_PERCENT = "25";

  private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogue.class);

  private final ObjectProvider<SandboxEndpoint> sandbox;
  private final TldProducts products;
  private final ProductGroups groups;
  private final TldPriceImport priceImport;
  private final TldRequiredFields requiredFields;

  DemoCatalogue(
      ObjectProvider<SandboxEndpoint> sandbox,
      TldProducts products,
      ProductGroups groups,
      TldPriceImport priceImport,
      TldRequiredFields requiredFields) {
    this.sandbox = sandbox;
    this.products = products;
    this.groups = groups;
    this.priceImport = priceImport;
    this.requiredFields = requiredFields;
  }

  /**
   * Fills the catalogue after the registrar's demo configuration (which runs first).
   *
   * @param ready the event
   */
  @EventListener
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void onReady(ApplicationReadyEvent ready) {
    if (sandbox.getIfAvailable() != null) {
      fill();
    }
  }

  /**
   * Creates the demo catalogue unless a TLD product exists.
   *
   * @return true when it was created
   */
  boolean fill() {
    if (products.any()) {
      return false;
    }
    return create();
  }

  /**
   * Imports the demo TLDs from the sandbox and creates their required fields; logs and gives up
   * when the sandbox cannot be asked (the import then stored nothing).
   *
   * @return true when the import ran
   */
  boolean create() {
    try (Trigger.Scope scope = Trigger.system("demo catalogue").enter()) {
      ProductGroup group =
          groups.all().stream()
              .filter(g -> g.name().equalsIgnoreCase(GROUP))
              .findFirst()
              .orElseGet(
                  () ->
                      groups.create(
                          new ProductGroupCommand(
                              GROUP, "Domain names sold by the demo desk", "DOMAIN", null)));
      PriceImportPreview done =
          priceImport.apply(
              new PriceImportRequest(PLUGIN, group.id(), TLDS, "PERCENT", MARGIN_PERCENT, null));
      for (PriceImportPreview.Row row : done.rows()) {
        products.find(row.tld()).map(TldProduct::tld).ifPresent(requiredFields::createMissing);
      }
      LOG.info("Demo mode: {} TLD products imported from the sandbox", done.changes());
      return true;
    } catch (RuntimeException failure) {
      LOG.warn(
          "Demo mode: the demo catalogue could not be created ({}); start again to retry",
          failure.getMessage());
      return false;
    }
  }
}
