package org.regdesk.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFieldType;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProductFilter;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.config.SandboxEndpoint;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo catalogue the shared test desk (demo mode) created when it started. */
class DemoCatalogueTest extends WebTestSupport {

  @Autowired DemoCatalogue demo;
  @Autowired TldProducts products;
  @Autowired CustomFields customFields;
  @Autowired SandboxEndpoint sandbox;

  @Test
  void theFirstStartImportedTheCommonTldsWithATwentyFivePercentMargin() {
    for (String tld : DemoCatalogue.TLDS) {
      TldProduct product = products.find(Tld.of(tld)).orElseThrow(() -> new AssertionError(tld));
      assertThat(product.registrarPlugin()).as(tld).contains("dondominio");
      assertThat(product.groupName()).isEqualTo("Domains");
    }
    TldProduct com = products.find(Tld.of("com")).orElseThrow();
    // sandbox costs 9.95 and 11.50 a year, plus 25%, half-up
    assertThat(com.prices().price(TldOperation.REGISTER, 1)).contains(new BigDecimal("12.44"));
    assertThat(com.prices().price(TldOperation.RENEW, 3)).contains(new BigDecimal("43.13"));
    CustomFieldDefinition password =
        customFields.findByKey(CustomFieldKind.DOMAIN, "aeroPassword").orElseThrow();
    assertThat(password.type()).isEqualTo(CustomFieldType.SECRET);
    assertThat(password.appliesTo(com.groupId())).isTrue();
  }

  @Test
  void anotherStartChangesNothing() {
    long before = count();
    assertThat(demo.fill()).isFalse();
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anUnreachableSandboxIsLoggedAndSkipped() throws Exception {
    TldProduct before = products.find(Tld.of("net")).orElseThrow();
    control("POST", "account/zones&mode=http500&count=20");
    try {
      assertThat(demo.create()).isFalse();
    } finally {
      control("DELETE", null);
    }
    assertThat(products.find(Tld.of("net")).orElseThrow()).isEqualTo(before);
  }

  private long count() {
    return products.list(TldProductFilter.ALL, PageRequest.first()).totalItems();
  }

  private void control(String method, String action) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sandbox.uri().toString()).resolve("/_sandbox/faults"));
    if (action == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .method(method, HttpRequest.BodyPublishers.ofString("action=" + action));
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
  }
}
