package org.regdesk.app.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.ValidationException;
import org.regdesk.app.catalog.CatalogSettings;
import org.regdesk.app.catalog.Margin;
import org.regdesk.app.catalog.MarginKind;
import org.regdesk.app.catalog.PriceImportBatch;
import org.regdesk.app.catalog.ProductGroupType;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldPrices;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.OperationPrice;
import org.regdesk.registrar.spi.operation.TldPricing;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.stereotype.Service;

/**
 * TLD and price import: reads what a registrar sells and charges ({@code account/zones} through the
 * SPI's {@code Registrar.tldPricing()}), adds the margin, and creates or updates TLD products.
 *
 * <p>{@link #preview} shows per TLD the registrar's costs, the resulting prices and whether the
 * product is new, updated or unchanged; {@link #apply} asks the registrar again and stores exactly
 * that, all in one transaction. Margins: a TLD's own margin (given in the request, else stored on
 * its product), else the default (given in the request, else the stored one); prices are rounded to
 * cents half-up ({@link Margin}). A registrar failure changes nothing and is reported as a {@link
 * ValidationException} on the field {@code plugin} with the registrar's message.
 */
@Service
public class TldPriceImport {

  private final Registrars registrars;
  private final TldProducts products;
  private final ProductGroups groups;

  /**
   * Creates the service.
   *
   * @param registrars the registrar plugins
   * @param products the TLD products
   * @param groups the product groups
   */
  public TldPriceImport(Registrars registrars, TldProducts products, ProductGroups groups) {
    this.registrars = registrars;
    this.products = products;
    this.groups = groups;
  }

  /**
   * What an import would do; changes nothing.
   *
   * @param request the import
   * @return one row per TLD
   * @throws ValidationException naming {@code plugin}, {@code groupId}, {@code tlds}, {@code
   *     marginKind}, {@code marginValue} or {@code overrides.<tld>}, or {@code plugin} with the
   *     registrar's message when it cannot be asked
   */
  public PriceImportPreview preview(PriceImportRequest request) {
    Checked checked = check(request);
    List<TldPricing> pricing = fetch(checked.plugin());
    return compute(checked, pricing);
  }

  /**
   * Runs an import: asks the registrar, then creates or updates every new or changed TLD product in
   * one transaction (a failure stores nothing).
   *
   * @param request the import
   * @return what was done, as the preview would have shown it
   * @throws ValidationException as {@link #preview}; nothing is stored
   */
  public PriceImportPreview apply(PriceImportRequest request) {
    Checked checked = check(request);
    List<TldPricing> pricing = fetch(checked.plugin());
    PriceImportPreview preview = compute(checked, pricing);
    List<PriceImportBatch.Item> items = new ArrayList<>();
    for (PriceImportPreview.Row row : preview.rows()) {
      Margin override = checked.overrides().get(row.tld());
      if (row.change() == PriceImportPreview.Change.NEW
          || row.change() == PriceImportPreview.Change.UPDATED
          || (row.change() == PriceImportPreview.Change.UNCHANGED && override != null)) {
        items.add(new PriceImportBatch.Item(row.tld(), row.prices(), override));
      }
    }
    products.applyImport(
        new PriceImportBatch(checked.plugin(), checked.groupId(), checked.newDefault(), items));
    return preview;
  }

  private record Checked(
      String plugin,
      Long groupId,
      Set<Tld> tlds,
      Margin newDefault,
      Margin defaultMargin,
      Map<Tld, Margin> overrides,
      Currency currency) {}

  private Checked check(PriceImportRequest request) {
    FieldErrors errors = new FieldErrors();
    String plugin = request.plugin() == null ? null : request.plugin().strip();
    if (plugin == null || plugin.isEmpty()) {
      errors.add("plugin", "is required");
    } else if (registrars.findPlugin(plugin).isEmpty()) {
      errors.add("plugin", "no registrar plugin named '" + shown(plugin) + "' is installed");
    } else if (!registrars.isConfigured(plugin)) {
      errors.add(
          "plugin",
          "'"
              + plugin
              + "' is not configured: save its settings in Settings › Plugins › Registrars");
    }
    if (request.groupId() == null) {
      errors.add("groupId", "is required");
    } else {
      groups.all().stream()
          .filter(g -> g.id() == request.groupId())
          .findFirst()
          .ifPresentOrElse(
              g ->
                  errors.check(
                      "groupId",
                      g.type() == ProductGroupType.DOMAIN,
                      "product group '" + g.name() + "' is not of type Domain"),
              () ->
                  errors.add("groupId", "product group " + request.groupId() + " does not exist"));
    }
    Set<Tld> tlds = new LinkedHashSet<>();
    if (request.tlds() != null) {
      for (String raw : request.tlds()) {
        if (raw == null || raw.isBlank()) {
          continue;
        }
        Tld tld = errors.parse("tlds", () -> Tld.of(raw));
        if (tld != null) {
          tlds.add(tld);
        }
      }
    }
    CatalogSettings settings = products.settings();
    Margin newDefault =
        margin(errors, "marginKind", "marginValue", request.marginKind(), request.marginValue());
    Map<Tld, Margin> overrides = new HashMap<>();
    if (request.overrides() != null) {
      for (Map.Entry<String, PriceImportRequest.MarginInput> e : request.overrides().entrySet()) {
        String field = "overrides." + shown(e.getKey());
        Tld tld = errors.parse(field, () -> Tld.of(e.getKey()));
        PriceImportRequest.MarginInput input = e.getValue();
        if (input == null) {
          continue;
        }
        Margin margin = margin(errors, field, field, input.kind(), input.value());
        if (tld != null && margin != null) {
          overrides.put(tld, margin);
        }
      }
    }
    errors.throwIfAny();
    return new Checked(
        plugin,
        request.groupId(),
        tlds,
        newDefault,
        newDefault != null ? newDefault : settings.defaultMargin(),
        overrides,
        settings.currency());
  }

  private static Margin margin(
      FieldErrors errors, String kindField, String valueField, String kind, String value) {
    boolean noKind = kind == null || kind.isBlank();
    boolean noValue = value == null || value.isBlank();
    if (noKind && noValue) {
      return null;
    }
    MarginKind parsed = noKind ? null : MarginKind.parse(kind).orElse(null);
    errors.check(kindField, parsed != null, "must be PERCENT or FIXED");
    BigDecimal amount = null;
    if (noValue) {
      errors.add(valueField, "is required with a margin kind");
    } else if (!value.strip().matches("\\d{1,10}(\\.\\d{1,2})?")) {
      errors.add(valueField, "must be a number not below 0 with at most two decimals, e.g. 25");
    } else {
      amount = new BigDecimal(value.strip());
      if (parsed == MarginKind.PERCENT && amount.compareTo(BigDecimal.valueOf(1000)) > 0) {
        errors.add(valueField, "must be at most 1000 percent");
        amount = null;
      }
    }
    return parsed == null || amount == null ? null : new Margin(parsed, amount);
  }

  private List<TldPricing> fetch(String plugin) {
    try {
      return registrars.registrar(plugin).tldPricing();
    } catch (RegistrarException failure) {
      throw ValidationException.of(
          "plugin",
          "the registrar's prices could not be read ("
              + failure.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + "): "
              + failure.customerMessage()
              + "; nothing was changed");
    } catch (ConflictException notUsable) {
      throw ValidationException.of("plugin", notUsable.getMessage() + "; nothing was changed");
    }
  }

  private PriceImportPreview compute(Checked checked, List<TldPricing> pricing) {
    Map<Tld, TldPricing> byTld = new HashMap<>();
    for (TldPricing p : pricing) {
      byTld.put(p.tld(), p);
    }
    FieldErrors errors = new FieldErrors();
    for (Tld wanted : checked.tlds()) {
      errors.check(
          "tlds",
          byTld.containsKey(wanted),
          "." + wanted + " is not sold by '" + checked.plugin() + "'");
    }
    errors.throwIfAny();
    List<Tld> chosen =
        checked.tlds().isEmpty()
            ? byTld.keySet().stream().sorted().toList()
            : checked.tlds().stream().sorted().toList();
    List<PriceImportPreview.Row> rows = new ArrayList<>();
    for (Tld tld : chosen) {
      rows.add(row(checked, byTld.get(tld)));
    }
    return new PriceImportPreview(
        checked.plugin(), checked.groupId(), checked.defaultMargin(), rows);
  }

  private PriceImportPreview.Row row(Checked checked, TldPricing pricing) {
    Optional<TldProduct> existing = products.find(pricing.tld());
    Margin margin =
        Optional.ofNullable(checked.overrides().get(pricing.tld()))
            .or(() -> existing.flatMap(TldProduct::margin))
            .orElse(checked.defaultMargin());
    TldPrices.Builder costs = TldPrices.builder();
    TldPrices.Builder prices = TldPrices.builder();
    String note = "";
    Map<TldOperation, Optional<OperationPrice>> operations = new HashMap<>();
    operations.put(TldOperation.REGISTER, pricing.register());
    operations.put(TldOperation.TRANSFER, pricing.transfer());
    operations.put(TldOperation.RENEW, pricing.renew());
    for (Map.Entry<TldOperation, Optional<OperationPrice>> e : operations.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      OperationPrice cost = e.getValue().get();
      if (!cost.perYear().currency().equals(checked.currency())) {
        note =
            "the registrar charges in "
                + cost.perYear().currency().getCurrencyCode()
                + " but the desk sells in "
                + checked.currency().getCurrencyCode();
        continue;
      }
      for (Period period : cost.periods()) {
        int years = period.years();
        costs.put(e.getKey(), years, cost.perYear().amount().multiply(BigDecimal.valueOf(years)));
        prices.put(e.getKey(), years, margin.priceFor(cost.perYear().amount(), years));
      }
    }
    TldPrices computed = prices.build();
    TldPrices costGrid = costs.build();
    PriceImportPreview.Change change;
    if (!note.isEmpty()) {
      change = PriceImportPreview.Change.SKIPPED;
      computed = TldPrices.NONE;
    } else if (computed.price(TldOperation.REGISTER, 1).isEmpty()) {
      change = PriceImportPreview.Change.SKIPPED;
      note = "the registrar offers no 1-year registration";
    } else if (existing.isEmpty()) {
      change = PriceImportPreview.Change.NEW;
    } else if (existing.get().prices().samePrices(computed)
        && existing.get().registrarPlugin().filter(checked.plugin()::equals).isPresent()) {
      change = PriceImportPreview.Change.UNCHANGED;
    } else {
      change = PriceImportPreview.Change.UPDATED;
    }
    return new PriceImportPreview.Row(
        pricing.tld(), change, margin, costGrid, computed, existing.map(TldProduct::prices), note);
  }

  private static String shown(String text) {
    return text.length() > 64 ? text.substring(0, 64) + "…" : text;
  }
}
