package org.regdesk.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CatalogSettings;
import org.regdesk.app.catalog.Margin;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.config.SandboxEndpoint;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The TLD price import against the shared context's sandbox (its zone catalogue's prices). */
class TldPriceImportApiTest extends WebTestSupport {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired ApiTokens tokens;
  @Autowired ProductGroups productGroups;
  @Autowired TldProducts products;
  @Autowired SandboxEndpoint sandbox;

  private String token;
  private ProductGroup group;
  private CatalogSettings settingsBefore;

  @BeforeEach
  void setUp() {
    token = tokens.create("price import api", "test").secret();
    group =
        productGroups.create(
            new ProductGroupCommand("Import " + NAMES.incrementAndGet(), "", "DOMAIN", null));
    settingsBefore = products.settings();
  }

  @AfterEach
  void restore() throws Exception {
    Margin margin = settingsBefore.defaultMargin();
    products.saveDefaultMargin(margin.kind().name(), margin.value().toPlainString());
    control("DELETE", "faults", null);
  }

  @Test
  void previewShowsCostsAndPricesRoundedHalfUpThenApplyStoresThemInOneGo() throws Exception {
    String request =
        """
        {"plugin": "dondominio", "groupId": %d, "tlds": ["biz", ".PRO"],
         "marginKind": "PERCENT", "marginValue": "10",
         "overrides": {"pro": {"kind": "FIXED", "value": "1"}}}
        """
            .formatted(group.id());
    call("/api/v1/tld-price-import/preview", request)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes").value(2))
        .andExpect(jsonPath("$.rows[0].tld").value("biz"))
        .andExpect(jsonPath("$.rows[0].change").value("NEW"))
        .andExpect(jsonPath("$.rows[0].costs.register.1").value(12.95))
        // 12.95 × 1.10 = 14.245: half-up makes 14.25 (half-even would make 14.24)
        .andExpect(jsonPath("$.rows[0].prices.register.1").value(14.25))
        .andExpect(jsonPath("$.rows[0].prices.register.2").value(28.49))
        .andExpect(jsonPath("$.rows[0].prices.renew.1").value(18.65))
        .andExpect(jsonPath("$.rows[0].prices.transfer.1").value(14.25))
        .andExpect(jsonPath("$.rows[1].tld").value("pro"))
        // a fixed margin is per year: 14.95 + 1 and 2 × (14.95 + 1)
        .andExpect(jsonPath("$.rows[1].prices.register.1").value(15.95))
        .andExpect(jsonPath("$.rows[1].prices.register.2").value(31.90))
        .andExpect(jsonPath("$.rows[1].margin.kind").value("FIXED"));
    assertThat(products.find(Tld.of("biz"))).isEmpty();
    assertThat(products.settings()).isEqualTo(settingsBefore);

    call("/api/v1/tld-price-import", request)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes").value(2));
    TldProduct biz = products.find(Tld.of("biz")).orElseThrow();
    assertThat(biz.registrarPlugin()).contains("dondominio");
    assertThat(biz.groupId()).isEqualTo(group.id());
    assertThat(biz.prices().price(TldOperation.REGISTER, 10)).contains(new BigDecimal("142.45"));
    assertThat(biz.margin()).isEmpty();
    TldProduct pro = products.find(Tld.of("pro")).orElseThrow();
    assertThat(pro.margin()).contains(Margin.fixed("1"));
    assertThat(products.settings().defaultMargin()).isEqualTo(Margin.percent("10"));

    // the same import again changes nothing; pro keeps its own margin without being told
    call(
            "/api/v1/tld-price-import/preview",
            """
            {"plugin": "dondominio", "groupId": %d, "tlds": ["biz", "pro"]}
            """
                .formatted(group.id()))
        .andExpect(jsonPath("$.changes").value(0))
        .andExpect(jsonPath("$.rows[*].change", hasItem("UNCHANGED")))
        .andExpect(jsonPath("$.rows[1].prices.register.1").value(15.95));
    // a new default margin updates biz only
    call(
            "/api/v1/tld-price-import/preview",
            """
            {"plugin": "dondominio", "groupId": %d, "tlds": ["biz", "pro"],
             "marginKind": "fixed", "marginValue": "2.50"}
            """
                .formatted(group.id()))
        .andExpect(jsonPath("$.rows[0].change").value("UPDATED"))
        .andExpect(jsonPath("$.rows[0].prices.register.2").value(30.90))
        .andExpect(jsonPath("$.rows[0].current.register.2").value(28.49))
        .andExpect(jsonPath("$.rows[1].change").value("UNCHANGED"));
  }

  @Test
  void aRegistrarFailureSaysSoAndChangesNothing() throws Exception {
    control("POST", "faults", "action=account/zones&mode=http500&count=20");
    call(
            "/api/v1/tld-price-import",
            """
            {"plugin": "dondominio", "groupId": %d, "tlds": ["travel"],
             "marginKind": "PERCENT", "marginValue": "99"}
            """
                .formatted(group.id()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("plugin"))
        .andExpect(jsonPath("$.fields[0].message", containsString("could not be read")))
        .andExpect(jsonPath("$.fields[0].message", containsString("nothing was changed")));
    assertThat(products.find(Tld.of("travel"))).isEmpty();
    assertThat(products.settings()).isEqualTo(settingsBefore);
  }

  @Test
  void badRequestsNameTheirFields() throws Exception {
    call(
            "/api/v1/tld-price-import/preview",
            """
            {"plugin": "nope", "groupId": 999999, "tlds": ["-x-"],
             "marginKind": "lots", "marginValue": "-3",
             "overrides": {"biz": {"kind": "PERCENT", "value": "abc"}}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[*].field", hasItem("plugin")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("groupId")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("tlds")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("marginKind")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("marginValue")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("overrides.biz")));
    call(
            "/api/v1/tld-price-import/preview",
            """
            {"plugin": "dondominio", "groupId": %d, "tlds": ["notsoldhere"]}
            """
                .formatted(group.id()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].message", containsString("is not sold by")));
  }

  @Test
  void aPluginThatIsNotConfiguredCannotImport() throws Exception {
    call(
            "/api/v1/tld-price-import/preview",
            "{\"plugin\": \"idle\", \"groupId\": %d}".formatted(group.id()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("plugin"))
        .andExpect(jsonPath("$.fields[0].message", containsString("is not configured")));
  }

  private ResultActions call(String path, String body) throws Exception {
    return mvc.perform(
        post(path)
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private void control(String method, String path, String form) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sandbox.uri().toString()).resolve("/_sandbox/" + path));
    if (form == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .method(method, HttpRequest.BodyPublishers.ofString(form));
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
  }
}
