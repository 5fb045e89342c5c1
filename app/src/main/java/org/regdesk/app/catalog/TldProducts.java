package org.regdesk.app.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.TldSupport;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TLD products (Settings › Products): the TLDs the desk sells, their prices and the registrar
 * plugin of each. Other features find a TLD's product with {@link #find(Tld)}.
 *
 * <p>Every rule is checked before anything is written, and each write is one transaction: a TLD is
 * unique and well-formed (IDN TLDs kept in A-label form); its group is of type Domain; a plugin is
 * installed, configured and does not refuse the TLD ({@link Registrars#tldSupport}); prices are
 * amounts with at most two decimals, never negative, for terms of 1–10 years, and a 1-year
 * registration price exists. Deleting a product is refused while any {@link TldProductUsage} counts
 * records of its TLD.
 */
@Service
public class TldProducts {

  private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,10}(\\.\\d{1,2})?");

  private final TldProductRepository products;
  private final ProductGroupRepository groups;
  private final Registrars registrars;
  private final List<TldProductUsage> usages;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param products the products' tables
   * @param groups the product groups' table
   * @param registrars the registrar plugins
   * @param usages every feature whose records refer to TLD products
   * @param clock the desk's clock
   */
  public TldProducts(
      TldProductRepository products,
      ProductGroupRepository groups,
      Registrars registrars,
      List<TldProductUsage> usages,
      Clock clock) {
    this.products = products;
    this.groups = groups;
    this.registrars = registrars;
    this.usages = List.copyOf(usages);
    this.clock = clock;
  }

  // ---------------------------------------------------------------- reading

  /**
   * The product of a TLD, with its prices and plugin: what orders sell.
   *
   * @param tld the TLD
   * @return the product, or empty when the desk does not sell the TLD
   */
  @Transactional(readOnly = true)
  public Optional<TldProduct> find(Tld tld) {
    return products.findByTld(Objects.requireNonNull(tld, "tld"), settings().currency());
  }

  /**
   * The product of a TLD that must exist.
   *
   * @param tld the TLD
   * @return the product
   * @throws NotFoundException when the desk does not sell it
   */
  @Transactional(readOnly = true)
  public TldProduct get(Tld tld) {
    return find(tld)
        .orElseThrow(() -> new NotFoundException("TLD product ." + tld + " does not exist"));
  }

  /**
   * One product by id.
   *
   * @param id the product's id
   * @return the product
   * @throws NotFoundException when there is none
   */
  @Transactional(readOnly = true)
  public TldProduct get(long id) {
    return products
        .find(id, settings().currency())
        .orElseThrow(() -> new NotFoundException("TLD product " + id + " does not exist"));
  }

  /**
   * One page of products, by TLD.
   *
   * @param filter which products
   * @param page which page
   * @return the page
   */
  @Transactional(readOnly = true)
  public Page<TldProduct> list(TldProductFilter filter, PageRequest page) {
    TldProductFilter f = filter == null ? TldProductFilter.ALL : filter;
    return new Page<>(products.list(f, page, settings().currency()), page, products.count(f));
  }

  /**
   * Whether any TLD product exists.
   *
   * @return true when at least one does
   */
  @Transactional(readOnly = true)
  public boolean any() {
    return products.any();
  }

  /**
   * The currency and the default import margin.
   *
   * @return the settings
   */
  @Transactional(readOnly = true)
  public CatalogSettings settings() {
    return products.settings();
  }

  // ---------------------------------------------------------------- writing

  /**
   * Creates a product.
   *
   * @param command the product as typed
   * @return the product
   * @throws org.regdesk.app.ValidationException naming each bad part; nothing is stored
   */
  @Transactional
  public TldProduct create(TldProductCommand command) {
    FieldErrors errors = new FieldErrors();
    Tld tld = checkNewTld(errors, command.tld());
    Checked checked = check(errors, command, tld);
    errors.throwIfAny();
    long id = products.insert(checked.row(tld), checked.prices(), clock.instant());
    return get(id);
  }

  /**
   * Changes a product; its TLD stays.
   *
   * @param id the product's id
   * @param command the product as typed; {@code tld} null or the product's TLD
   * @return the product as changed
   * @throws NotFoundException when the product does not exist
   * @throws org.regdesk.app.ValidationException naming each bad part; nothing is changed
   */
  @Transactional
  public TldProduct update(long id, TldProductCommand command) {
    TldProduct existing = get(id);
    FieldErrors errors = new FieldErrors();
    if (command.tld() != null && !command.tld().isBlank()) {
      Tld given = errors.parse("tld", () -> Tld.of(command.tld()));
      errors.check(
          "tld",
          given == null || given.equals(existing.tld()),
          "cannot change: create a product for the other TLD instead");
    }
    Checked checked = check(errors, command, existing.tld());
    errors.throwIfAny();
    products.update(id, checked.row(existing.tld()), checked.prices(), clock.instant());
    return get(id);
  }

  /**
   * Deletes a product nothing refers to.
   *
   * @param id the product's id
   * @return the product as it was
   * @throws NotFoundException when the product does not exist
   * @throws ConflictException when records refer to its TLD, saying which and how many
   */
  @Transactional
  public TldProduct delete(long id) {
    TldProduct existing = get(id);
    List<String> users = new ArrayList<>();
    for (TldProductUsage usage : usages) {
      long count = usage.count(existing.tld());
      if (count > 0) {
        users.add(count + " " + usage.what());
      }
    }
    if (!users.isEmpty()) {
      throw new ConflictException(
          "TLD ."
              + existing.tld()
              + " is still used by "
              + String.join(" and ", users)
              + "; it cannot be deleted");
    }
    products.delete(id);
    return existing;
  }

  /**
   * Stores the default import margin.
   *
   * @param kind {@code PERCENT} or {@code FIXED}
   * @param value the percentage or amount
   * @return the settings as changed
   * @throws org.regdesk.app.ValidationException naming {@code marginKind} or {@code marginValue}
   */
  @Transactional
  public CatalogSettings saveDefaultMargin(String kind, String value) {
    FieldErrors errors = new FieldErrors();
    Margin margin = checkMargin(errors, "marginKind", "marginValue", kind, value, true);
    errors.throwIfAny();
    products.saveDefaultMargin(margin);
    return settings();
  }

  /**
   * Stores what a TLD price import computed, all or nothing: new TLDs become products of the chosen
   * group assigned to the plugin; existing ones get the plugin and the new prices (their group and
   * welcome e-mail choice stay); per-TLD margins given are stored on the products; the default
   * margin, when given, is stored too.
   *
   * @param batch what to store
   * @return the products as stored, in the batch's order
   * @throws org.regdesk.app.ValidationException naming {@code groupId}, {@code registrarPlugin} or
   *     {@code tlds}; nothing is stored
   */
  @Transactional
  public List<TldProduct> applyImport(PriceImportBatch batch) {
    FieldErrors errors = new FieldErrors();
    checkGroup(errors, batch.groupId());
    checkPluginInstalled(errors, batch.plugin());
    Map<Tld, TldPrices> byTld = new LinkedHashMap<>();
    for (PriceImportBatch.Item item : batch.items()) {
      errors.check(
          "tlds",
          item.prices().price(TldOperation.REGISTER, 1).isPresent(),
          "." + item.tld() + " has no 1-year registration price");
      byTld.put(item.tld(), item.prices());
    }
    errors.throwIfAny();
    if (batch.defaultMargin() != null) {
      products.saveDefaultMargin(batch.defaultMargin());
    }
    List<TldProduct> stored = new ArrayList<>();
    for (PriceImportBatch.Item item : batch.items()) {
      Optional<TldProduct> existing = products.findByTld(item.tld(), settings().currency());
      if (existing.isPresent()) {
        TldProduct p = existing.get();
        Margin margin = item.margin() != null ? item.margin() : p.margin().orElse(null);
        products.update(
            p.id(),
            new TldProductRepository.ProductRow(
                p.tld(), p.groupId(), p.welcomeEmail(), batch.plugin(), margin),
            item.prices(),
            clock.instant());
        stored.add(get(p.id()));
      } else {
        long id =
            products.insert(
                new TldProductRepository.ProductRow(
                    item.tld(), batch.groupId(), true, batch.plugin(), item.margin()),
                item.prices(),
                clock.instant());
        stored.add(get(id));
      }
    }
    return stored;
  }

  // ---------------------------------------------------------------- rules

  private record Checked(
      long groupId, boolean welcomeEmail, String plugin, Margin margin, TldPrices prices) {

    TldProductRepository.ProductRow row(Tld tld) {
      return new TldProductRepository.ProductRow(tld, groupId, welcomeEmail, plugin, margin);
    }
  }

  private Tld checkNewTld(FieldErrors errors, String raw) {
    if (raw == null || raw.isBlank()) {
      errors.add("tld", "is required");
      return null;
    }
    Tld tld = errors.parse("tld", () -> Tld.of(raw));
    if (tld != null && products.findByTld(tld, settings().currency()).isPresent()) {
      errors.add("tld", "." + tld + " already has a TLD product");
    }
    return tld;
  }

  private Checked check(FieldErrors errors, TldProductCommand command, Tld tld) {
    Long groupId = command.groupId();
    checkGroup(errors, groupId);
    String plugin = checkPlugin(errors, command.registrarPlugin(), tld);
    TldPrices prices = checkPrices(errors, command.prices());
    Margin margin =
        checkMargin(
            errors,
            "marginKind",
            "marginValue",
            command.marginKind(),
            command.marginValue(),
            false);
    return new Checked(
        groupId == null ? 0 : groupId,
        command.welcomeEmail() == null || command.welcomeEmail(),
        plugin,
        margin,
        prices);
  }

  private void checkGroup(FieldErrors errors, Long groupId) {
    if (groupId == null) {
      errors.add("groupId", "is required");
      return;
    }
    Optional<ProductGroup> group = groups.find(groupId);
    if (group.isEmpty()) {
      errors.add("groupId", "product group " + groupId + " does not exist");
    } else if (group.get().type() != ProductGroupType.DOMAIN) {
      errors.add("groupId", "product group '" + group.get().name() + "' is not of type Domain");
    }
  }

  private boolean checkPluginInstalled(FieldErrors errors, String plugin) {
    if (registrars.findPlugin(plugin).isEmpty()) {
      errors.add(
          "registrarPlugin", "no registrar plugin named '" + shown(plugin) + "' is installed");
      return false;
    }
    if (!registrars.isConfigured(plugin)) {
      errors.add(
          "registrarPlugin",
          "'"
              + plugin
              + "' is not configured: save its settings in Settings › Plugins › Registrars first");
      return false;
    }
    return true;
  }

  private String checkPlugin(FieldErrors errors, String raw, Tld tld) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String plugin = raw.strip();
    if (!checkPluginInstalled(errors, plugin) || tld == null) {
      return plugin;
    }
    TldSupport support = registrars.tldSupport(plugin, tld);
    if (support.verdict() == TldSupport.Verdict.UNSUPPORTED) {
      errors.add(
          "registrarPlugin", "'" + plugin + "' does not support ." + tld + ": " + support.reason());
    }
    return plugin;
  }

  /**
   * Reads a price grid, naming each bad cell {@code prices.<operation>.<years>}.
   *
   * @param errors where problems go
   * @param raw operation → years → price text
   * @return the prices (the good ones)
   */
  static TldPrices checkPrices(FieldErrors errors, Map<String, Map<String, String>> raw) {
    TldPrices.Builder prices = TldPrices.builder();
    boolean registerOneMalformed = false;
    if (raw != null) {
      for (Map.Entry<String, Map<String, String>> byOperation : raw.entrySet()) {
        Optional<TldOperation> operation = TldOperation.parse(byOperation.getKey());
        if (operation.isEmpty()) {
          errors.add(
              "prices." + shown(byOperation.getKey()),
              "is not an operation: use register, transfer or renew");
          continue;
        }
        if (byOperation.getValue() == null) {
          continue;
        }
        for (Map.Entry<String, String> cell : byOperation.getValue().entrySet()) {
          String field = "prices." + operation.get().key() + "." + shown(cell.getKey());
          Integer years = years(cell.getKey());
          if (years == null) {
            errors.add(field, "the term must be a whole number of years from 1 to 10");
            continue;
          }
          String text = cell.getValue();
          if (text == null || text.isBlank()) {
            continue;
          }
          BigDecimal price = amount(errors, field, text);
          if (price != null) {
            prices.put(operation.get(), years, price);
          } else if (operation.get() == TldOperation.REGISTER && years == 1) {
            registerOneMalformed = true;
          }
        }
      }
    }
    TldPrices built = prices.build();
    if (built.price(TldOperation.REGISTER, 1).isEmpty() && !registerOneMalformed) {
      errors.add("prices.register.1", "a 1-year registration price is required");
    }
    return built;
  }

  private static Integer years(String text) {
    if (text == null || !text.strip().matches("\\d{1,2}")) {
      return null;
    }
    int years = Integer.parseInt(text.strip());
    return years >= 1 && years <= 10 ? years : null;
  }

  /**
   * Reads an amount with at most two decimals, not negative.
   *
   * @param errors where problems go
   * @param field the field's key
   * @param text the amount as typed
   * @return the amount, or null when it broke a rule
   */
  static BigDecimal amount(FieldErrors errors, String field, String text) {
    String t = text.strip();
    if (!AMOUNT.matcher(t).matches()) {
      errors.add(field, "must be an amount such as 9.95 (at most two decimals)");
      return null;
    }
    BigDecimal amount = new BigDecimal(t);
    if (amount.signum() < 0) {
      errors.add(field, "must not be negative");
      return null;
    }
    return amount.setScale(2);
  }

  /**
   * Reads a margin: both parts blank means none (unless required).
   *
   * @param errors where problems go
   * @param kindField the kind's key
   * @param valueField the value's key
   * @param kind the kind as typed
   * @param value the value as typed
   * @param required whether a margin must be given
   * @return the margin, or null
   */
  static Margin checkMargin(
      FieldErrors errors,
      String kindField,
      String valueField,
      String kind,
      String value,
      boolean required) {
    boolean noKind = kind == null || kind.isBlank();
    boolean noValue = value == null || value.isBlank();
    if (noKind && noValue) {
      if (required) {
        errors.add(kindField, "is required");
      }
      return null;
    }
    MarginKind parsed = null;
    if (noKind) {
      errors.add(kindField, "is required with a margin value");
    } else {
      parsed = MarginKind.parse(kind).orElse(null);
      errors.check(kindField, parsed != null, "must be PERCENT or FIXED");
    }
    BigDecimal amount = null;
    if (noValue) {
      errors.add(valueField, "is required with a margin kind");
    } else {
      amount = amount(errors, valueField, value);
      if (amount != null
          && parsed == MarginKind.PERCENT
          && amount.compareTo(BigDecimal.valueOf(1000)) > 0) {
        errors.add(valueField, "must be at most 1000 percent");
        amount = null;
      }
    }
    return parsed == null || amount == null ? null : new Margin(parsed, amount);
  }

  private static String shown(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 32 ? text.substring(0, 32) + "…" : text;
  }
}
