package org.regdesk.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.regdesk.app.ConflictException;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.TestDatabase;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.dao.DataIntegrityViolationException;

/** TLD products, prices and catalog settings against both databases. */
class StorageOfTldProductsTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @DatabaseTest
  void aProductKeepsItsPricesToTheCentAndItsMargin(TestDatabase db) {
    TldProductRepository repository = new TldProductRepository(db.jdbc());
    long group = group(db, "Domains");
    TldPrices prices =
        TldPrices.builder()
            .put(TldOperation.REGISTER, 1, new BigDecimal("9.95"))
            .put(TldOperation.REGISTER, 10, new BigDecimal("9999999999.99"))
            .put(TldOperation.TRANSFER, 1, new BigDecimal("0.00"))
            .put(TldOperation.RENEW, 2, new BigDecimal("23.00"))
            .build();

    long id =
        repository.insert(
            new TldProductRepository.ProductRow(
                Tld.of("рф"), group, false, "dondominio", Margin.fixed("2.5")),
            prices,
            NOW);

    TldProduct stored = repository.findByTld(Tld.of("xn--p1ai"), EUR).orElseThrow();
    assertThat(stored.id()).isEqualTo(id);
    assertThat(stored.tld().unicode()).isEqualTo("рф");
    assertThat(stored.groupName()).isEqualTo("Domains");
    assertThat(stored.welcomeEmail()).isFalse();
    assertThat(stored.registrarPlugin()).contains("dondominio");
    assertThat(stored.margin()).contains(Margin.fixed("2.50"));
    assertThat(stored.prices().samePrices(prices)).isTrue();
    assertThat(stored.prices().price(TldOperation.REGISTER, 10))
        .contains(new BigDecimal("9999999999.99"));
    assertThat(stored.prices().price(TldOperation.RENEW, 1)).isEmpty();
    assertThat(stored.createdAt()).isEqualTo(NOW);

    repository.update(
        id,
        new TldProductRepository.ProductRow(Tld.of("xn--p1ai"), group, true, null, null),
        TldPrices.builder().put(TldOperation.REGISTER, 1, new BigDecimal("1.50")).build(),
        NOW.plusSeconds(60));
    TldProduct changed = repository.find(id, EUR).orElseThrow();
    assertThat(changed.manual()).isTrue();
    assertThat(changed.margin()).isEmpty();
    assertThat(changed.prices().of(TldOperation.REGISTER)).containsOnlyKeys(1);
    assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @DatabaseTest
  void aTldIsUniqueAndAGroupWithProductsCannotBeDeleted(TestDatabase db) {
    TldProductRepository repository = new TldProductRepository(db.jdbc());
    long group = group(db, "Domains");
    repository.insert(row("com", group, null), one("1"), NOW);

    assertThatThrownBy(() -> repository.insert(row("com", group, null), one("2"), NOW))
        .isInstanceOf(DataIntegrityViolationException.class);
    ProductGroups groups =
        new ProductGroups(
            new ProductGroupRepository(db.jdbc()), new CustomFieldRepository(db.jdbc()));
    assertThatThrownBy(() -> groups.delete(group))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("still has products");
  }

  @DatabaseTest
  void theListSearchesByTldStartAndFiltersByGroupAndPlugin(TestDatabase db) {
    TldProductRepository repository = new TldProductRepository(db.jdbc());
    long gtlds = group(db, "Generic");
    long cctlds = group(db, "Country");
    repository.insert(row("com", gtlds, "dondominio"), one("1"), NOW);
    repository.insert(row("co", cctlds, null), one("1"), NOW);
    repository.insert(row("com.es", cctlds, "dondominio"), one("1"), NOW);
    repository.insert(row("net", gtlds, "other"), one("1"), NOW);
    repository.insert(row("cxm", gtlds, null), one("1"), NOW);

    assertThat(tlds(repository, new TldProductFilter(".CO", null, null)))
        .containsExactly("co", "com", "com.es");
    // LIKE's wildcards are searched as typed: "c_" matches no TLD, not "cxm"
    assertThat(tlds(repository, new TldProductFilter("c_", null, null))).isEmpty();
    assertThat(tlds(repository, new TldProductFilter("cx", null, null))).containsExactly("cxm");
    assertThat(tlds(repository, new TldProductFilter(null, cctlds, null)))
        .containsExactly("co", "com.es");
    assertThat(tlds(repository, new TldProductFilter(null, null, "dondominio")))
        .containsExactly("com", "com.es");
    assertThat(tlds(repository, new TldProductFilter(null, null, TldProductFilter.MANUAL)))
        .containsExactly("co", "cxm");
    assertThat(tlds(repository, new TldProductFilter("co", gtlds, "dondominio")))
        .containsExactly("com");
    assertThat(repository.count(new TldProductFilter("co", null, null))).isEqualTo(3);
    assertThat(
            repository.list(TldProductFilter.ALL, new PageRequest(2, 2), EUR).stream()
                .map(p -> p.tld().ascii()))
        .containsExactly("com.es", "cxm");
    assertThat(repository.any()).isTrue();
  }

  @DatabaseTest
  void theDefaultMarginStartsAtTwentyPercentInEuros(TestDatabase db) {
    TldProductRepository repository = new TldProductRepository(db.jdbc());
    assertThat(repository.settings()).isEqualTo(new CatalogSettings(EUR, Margin.percent("20")));
    repository.saveDefaultMargin(Margin.fixed("3"));
    assertThat(repository.settings().defaultMargin()).isEqualTo(Margin.fixed("3.00"));
    assertThat(repository.any()).isFalse();
  }

  private static List<String> tlds(TldProductRepository repository, TldProductFilter filter) {
    return repository.list(filter, PageRequest.first(), EUR).stream()
        .map(p -> p.tld().ascii())
        .toList();
  }

  private static TldProductRepository.ProductRow row(String tld, long group, String plugin) {
    return new TldProductRepository.ProductRow(Tld.of(tld), group, true, plugin, null);
  }

  private static TldPrices one(String price) {
    return TldPrices.builder().put(TldOperation.REGISTER, 1, new BigDecimal(price)).build();
  }

  private static long group(TestDatabase db, String name) {
    return new ProductGroupRepository(db.jdbc()).insert(name, "", ProductGroupType.DOMAIN);
  }
}
