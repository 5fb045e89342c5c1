package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.Margin;
import org.regdesk.app.catalog.RequiredFields;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldPrices;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProductCommand;
import org.regdesk.app.catalog.TldProductFilter;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.catalog.TldRequiredFields;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Tld;
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

/** {@code /api/v1/tld-products}: TLD products, their prices, plugin and required fields. */
@RestController
@RequestMapping("/api/v1/tld-products")
public class TldProductsApiController {

  private final TldProducts products;
  private final TldRequiredFields requiredFields;

  /**
   * Creates the controller.
   *
   * @param products the TLD products service
   * @param requiredFields the plugin-required fields service
   */
  public TldProductsApiController(TldProducts products, TldRequiredFields requiredFields) {
    this.products = products;
    this.requiredFields = requiredFields;
  }

  /**
   * Lists products by TLD.
   *
   * @param search the start of the TLD
   * @param groupId only this product group
   * @param plugin only this plugin; {@code none} for manual TLDs
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping
  @Operation(
      summary =
          "List TLD products by TLD; filter by TLD prefix, product group and plugin (none:"
              + " manual)")
  public ApiPage<TldProductResponse> list(
      @RequestParam(required = false) String search,
      @RequestParam(required = false) Long groupId,
      @RequestParam(required = false) String plugin,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    return ApiPage.of(
        products.list(new TldProductFilter(search, groupId, plugin), ApiPaging.request(page, size)),
        TldProductResponse::of);
  }

  /**
   * One product.
   *
   * @param tld the TLD
   * @return the product
   */
  @GetMapping("/{tld}")
  @Operation(summary = "Get a TLD product with its prices and plugin")
  public TldProductResponse get(@PathVariable String tld) {
    return TldProductResponse.of(products.get(tld(tld)));
  }

  /**
   * Creates a product.
   *
   * @param request the product
   * @return the product
   */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a TLD product")
  public TldProductResponse create(@RequestBody TldProductRequest request) {
    return TldProductResponse.of(products.create(request.toCommand(request.tld())));
  }

  /**
   * Changes a product.
   *
   * @param tld the TLD
   * @param request the product; its prices replace the stored ones
   * @return the product as changed
   */
  @PutMapping("/{tld}")
  @Operation(summary = "Change a TLD product; the prices given replace the stored ones")
  public TldProductResponse update(
      @PathVariable String tld, @RequestBody TldProductRequest request) {
    TldProduct existing = products.get(tld(tld));
    return TldProductResponse.of(products.update(existing.id(), request.toCommand(request.tld())));
  }

  /**
   * Deletes a product nothing refers to.
   *
   * @param tld the TLD
   * @return the product as it was
   */
  @DeleteMapping("/{tld}")
  @Operation(summary = "Delete a TLD product (refused with 409 while domains or orders use it)")
  public TldProductResponse delete(@PathVariable String tld) {
    return TldProductResponse.of(products.delete(products.get(tld(tld)).id()));
  }

  /**
   * The fields the product's plugin requires and whether each exists.
   *
   * @param tld the TLD
   * @return the fields
   */
  @GetMapping("/{tld}/required-fields")
  @Operation(
      summary =
          "The fields the TLD's registrar plugin requires, and whether each exists as a"
              + " custom field")
  public RequiredFieldsResponse requiredFields(@PathVariable String tld) {
    return RequiredFieldsResponse.of(requiredFields.of(tld(tld)));
  }

  /**
   * Creates the missing required fields.
   *
   * @param tld the TLD
   * @return the fields afterwards
   */
  @PostMapping("/{tld}/required-fields")
  @Operation(summary = "Create the missing fields the TLD's registrar plugin requires")
  public RequiredFieldsResponse createMissing(@PathVariable String tld) {
    return RequiredFieldsResponse.of(requiredFields.createMissing(tld(tld)));
  }

  private static Tld tld(String text) {
    try {
      return Tld.of(text);
    } catch (InvalidValueException invalid) {
      throw ValidationException.of(invalid);
    }
  }

  /**
   * A TLD product as sent.
   *
   * @param tld the TLD (create; on update null or the same TLD)
   * @param groupId the product group
   * @param welcomeEmail whether the welcome e-mail is sent (null: yes)
   * @param registrarPlugin the plugin; null for manual registration
   * @param prices {@code {"register": {"1": "9.95"}, "transfer": {...}, "renew": {...}}}
   * @param margin this TLD's import margin, or null for the default
   */
  public record TldProductRequest(
      String tld,
      Long groupId,
      Boolean welcomeEmail,
      String registrarPlugin,
      Map<String, Map<String, String>> prices,
      MarginBody margin) {

    TldProductCommand toCommand(String tld) {
      return new TldProductCommand(
          tld,
          groupId,
          welcomeEmail,
          registrarPlugin,
          prices,
          margin == null ? null : margin.kind(),
          margin == null ? null : margin.value());
    }
  }

  /**
   * A margin.
   *
   * @param kind {@code PERCENT} or {@code FIXED}
   * @param value the percentage or the amount per year
   */
  public record MarginBody(String kind, String value) {

    static MarginBody of(Margin margin) {
      return new MarginBody(margin.kind().name(), margin.value().toPlainString());
    }
  }

  /**
   * A TLD product.
   *
   * @param id the id
   * @param tld the TLD in A-label form
   * @param unicode the TLD in Unicode
   * @param groupId the product group
   * @param groupName its name
   * @param welcomeEmail whether the welcome e-mail is sent
   * @param registrarPlugin the plugin, null for manual registration
   * @param currency the currency of the prices
   * @param prices operation → years → price
   * @param margin this TLD's import margin, null when the default applies
   * @param createdAt when it was created
   * @param updatedAt when it last changed
   */
  public record TldProductResponse(
      long id,
      String tld,
      String unicode,
      long groupId,
      String groupName,
      boolean welcomeEmail,
      String registrarPlugin,
      String currency,
      Map<String, Map<String, BigDecimal>> prices,
      MarginBody margin,
      Instant createdAt,
      Instant updatedAt) {

    static TldProductResponse of(TldProduct p) {
      return new TldProductResponse(
          p.id(),
          p.tld().ascii(),
          p.tld().unicode(),
          p.groupId(),
          p.groupName(),
          p.welcomeEmail(),
          p.registrarPlugin().orElse(null),
          p.currency().getCurrencyCode(),
          prices(p.prices()),
          p.margin().map(MarginBody::of).orElse(null),
          p.createdAt(),
          p.updatedAt());
    }

    static Map<String, Map<String, BigDecimal>> prices(TldPrices prices) {
      Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
      for (TldOperation operation : TldOperation.values()) {
        Map<String, BigDecimal> byYears = new LinkedHashMap<>();
        prices.of(operation).forEach((years, price) -> byYears.put(years.toString(), price));
        out.put(operation.key(), byYears);
      }
      return out;
    }
  }

  /**
   * The fields a TLD's plugin requires.
   *
   * @param tld the TLD
   * @param plugin the plugin, null for a manual TLD
   * @param groupId the TLD product's group
   * @param domainFields the domain fields
   * @param customerFields the customer facts
   * @param anythingMissing whether the one-click creation has work to do
   */
  public record RequiredFieldsResponse(
      String tld,
      String plugin,
      long groupId,
      List<DomainField> domainFields,
      List<CustomerFieldLink> customerFields,
      boolean anythingMissing) {

    static RequiredFieldsResponse of(RequiredFields r) {
      return new RequiredFieldsResponse(
          r.tld().ascii(),
          r.plugin().orElse(null),
          r.groupId(),
          r.domainFields().stream()
              .map(
                  row ->
                      new DomainField(
                          row.required().key(),
                          row.required().label(),
                          row.type().name(),
                          row.required().required(),
                          row.required().options().stream().map(ChoiceOption::value).toList(),
                          row.status().name(),
                          row.existing().map(CustomFieldDefinition::id).orElse(null)))
              .toList(),
          r.customerFields().stream()
              .map(
                  row ->
                      new CustomerFieldLink(
                          row.field().key(),
                          row.satisfied(),
                          row.linked().map(CustomFieldDefinition::key).orElse(null)))
              .toList(),
          r.anythingMissing());
    }
  }

  /**
   * One required domain field.
   *
   * @param key the stable key
   * @param label the plugin's label
   * @param type the custom field type it maps to
   * @param required whether the plugin requires an answer
   * @param options a choice's option values
   * @param status {@code PRESENT}, {@code NOT_IN_GROUP} or {@code MISSING}
   * @param fieldId the desk's custom field with the key, if any
   */
  public record DomainField(
      String key,
      String label,
      String type,
      boolean required,
      List<String> options,
      String status,
      Long fieldId) {}

  /**
   * One required customer fact.
   *
   * @param key the SPI's key, e.g. {@code identityNumber}
   * @param satisfied whether a customer field is linked to it
   * @param fieldKey the linked customer field's key, e.g. {@code vatNumber}
   */
  public record CustomerFieldLink(String key, boolean satisfied, String fieldKey) {}
}
