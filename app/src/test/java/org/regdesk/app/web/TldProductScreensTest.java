package org.regdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProductCommand;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class TldProductScreensTest extends WebTestSupport {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired ProductGroups productGroups;
  @Autowired TldProducts products;
  @Autowired CustomFields customFields;
  @Autowired org.regdesk.app.config.SandboxEndpoint sandbox;

  private MockHttpSession admin;
  private ProductGroup group;

  @BeforeEach
  void setUp() throws Exception {
    admin = signedIn(Role.ADMIN);
    group =
        productGroups.create(
            new ProductGroupCommand("TLD screens " + NAMES.incrementAndGet(), "", "DOMAIN", null));
  }

  private static String freshTld() {
    return "yy" + Integer.toString(NAMES.incrementAndGet(), 36) + "screen";
  }

  @Test
  void theListShowsGroupsAndTldsAndFilters() throws Exception {
    TldProduct manual = manual(freshTld());
    mvc.perform(get("/admin/settings/products").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(group.name())))
        .andExpect(content().string(containsString(">.com<")))
        .andExpect(content().string(containsString("12.44")));
    mvc.perform(
            get("/admin/settings/products")
                .param("plugin", "none")
                .param("group", String.valueOf(group.id()))
                .session(admin))
        .andExpect(content().string(containsString("." + manual.tld())))
        .andExpect(content().string(not(containsString(">.com<"))));
    mvc.perform(get("/admin/settings/products").param("plugin", "dondominio").session(admin))
        .andExpect(content().string(containsString(">.com<")))
        .andExpect(content().string(not(containsString("." + manual.tld() + "<"))));
  }

  @Test
  void aTldIsCreatedEditedAndDeletedThroughTheForm() throws Exception {
    mvc.perform(get("/admin/settings/products/tlds/new").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("prices[register-1]")));
    String tld = freshTld();
    var created =
        mvc.perform(
                form(post("/admin/settings/products/tlds"), tld)
                    .param("groupId", String.valueOf(group.id()))
                    .param("prices[register-1]", "9.95")
                    .param("prices[renew-2]", "25"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute(Flash.SUCCESS, containsString("created")))
            .andReturn();
    TldProduct product = products.find(Tld.of(tld)).orElseThrow();
    assertThat(created.getResponse().getRedirectedUrl())
        .isEqualTo("/admin/settings/products/tlds/" + product.id());
    assertThat(product.prices().price(TldOperation.RENEW, 2)).contains(new BigDecimal("25.00"));
    assertThat(product.welcomeEmail()).isFalse();

    String page =
        mvc.perform(get("/admin/settings/products/tlds/" + product.id()).session(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).containsPattern("name=\"prices\\[register-1]\"\\s+value=\"9.95\"");
    mvc.perform(
            form(post("/admin/settings/products/tlds/" + product.id()), tld)
                .param("groupId", String.valueOf(group.id()))
                .param("prices[register-1]", "8.50")
                .param("marginKind", "PERCENT")
                .param("marginValue", "40"))
        .andExpect(status().is3xxRedirection());
    TldProduct changed = products.get(product.id());
    assertThat(changed.prices().price(TldOperation.REGISTER, 1)).contains(new BigDecimal("8.50"));
    assertThat(changed.prices().price(TldOperation.RENEW, 2)).isEmpty();
    assertThat(changed.margin()).isPresent();

    mvc.perform(
            post("/admin/settings/products/tlds/" + product.id() + "/delete")
                .session(admin)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/products"))
        .andExpect(flash().attribute(Flash.SUCCESS, containsString("deleted")));
    assertThat(products.find(Tld.of(tld))).isEmpty();
  }

  @Test
  void eachBadInputIsNamedAndNothingIsSaved() throws Exception {
    String tld = freshTld();
    Map<String, String[]> cases =
        Map.of(
            "starts or ends with a hyphen", new String[] {"tld", "-bad-"},
            "must not be negative", new String[] {"prices[register-1]", "-1"},
            "must be an amount such as 9.95", new String[] {"prices[transfer-1]", "1,5"},
            "product group 999999 does not exist", new String[] {"groupId", "999999"},
            "groupId: is required", new String[] {"groupId", ""},
            "no registrar plugin named", new String[] {"registrarPlugin", "nope"},
            "does not support", new String[] {"registrarPlugin", "dondominio"},
            "is not configured", new String[] {"registrarPlugin", "idle"},
            "must be PERCENT or FIXED", new String[] {"marginKind", "LOTS"});
    for (Map.Entry<String, String[]> c : cases.entrySet()) {
      boolean badTld = c.getValue()[0].equals("tld");
      MockHttpServletRequestBuilder request =
          form(post("/admin/settings/products/tlds"), badTld ? c.getValue()[1] : tld);
      if (!c.getValue()[0].equals("groupId")) {
        request.param("groupId", String.valueOf(group.id()));
      }
      if (!c.getValue()[0].equals("prices[register-1]")) {
        request.param("prices[register-1]", "5");
      }
      if (!badTld) {
        request.param(c.getValue()[0], c.getValue()[1]);
      }
      mvc.perform(request)
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(c.getKey())));
      assertThat(products.find(Tld.of(tld))).as(c.getKey()).isEmpty();
    }
    mvc.perform(
            form(post("/admin/settings/products/tlds"), tld)
                .param("groupId", String.valueOf(group.id())))
        .andExpect(content().string(containsString("a 1-year registration price is required")));
    // a TLD that already has a product
    mvc.perform(
            form(post("/admin/settings/products/tlds"), "com")
                .param("groupId", String.valueOf(group.id()))
                .param("prices[register-1]", "1"))
        .andExpect(content().string(containsString("already has a TLD product")));
    assertThat(products.find(Tld.of(tld))).isEmpty();
  }

  @Test
  void theRequiredFieldsPanelShowsWhatThePluginNeedsAndCreatesItInOneClick() throws Exception {
    TldProduct aero = products.find(Tld.of("aero")).orElseThrow();
    mvc.perform(get("/admin/settings/products/tlds/" + aero.id()).session(admin))
        .andExpect(content().string(containsString("aeroPassword")))
        .andExpect(content().string(containsString("Secret")))
        .andExpect(content().string(containsString("VAT Number (satisfied)")))
        .andExpect(content().string(containsString("Every field this plugin requires exists")));

    TldProduct ltda =
        products.create(
            new TldProductCommand(
                "ltda",
                group.id(),
                true,
                "dondominio",
                Map.of("register", Map.of("1", "50")),
                null,
                null));
    mvc.perform(get("/admin/settings/products/tlds/" + ltda.id()).session(admin))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("ltdaAuthority"), containsString("Create missing fields"))));
    mvc.perform(
            post("/admin/settings/products/tlds/" + ltda.id() + "/required-fields")
                .session(admin)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/products/tlds/" + ltda.id()))
        .andExpect(flash().attribute(Flash.SUCCESS, containsString("now exist")));
    var field = customFields.findByKey(CustomFieldKind.DOMAIN, "ltdaAuthority").orElseThrow();
    assertThat(field.allGroups()).isFalse();
    assertThat(field.groupIds()).containsExactly(group.id());
    assertThat(field.required()).isTrue();
    products.delete(ltda.id());
  }

  @Test
  void thePriceImportPreviewsThenApplies() throws Exception {
    mvc.perform(get("/admin/settings/products/import").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Preview")));
    mvc.perform(
            importForm(post("/admin/settings/products/import/preview"))
                .param("tlds", "lawyer attorney")
                .param("overrides", "attorney FIXED 5"))
        .andExpect(status().isOk())
        // 39.95 × 1.25 = 49.9375 → 49.94; 39.95 + 5 = 44.95
        .andExpect(content().string(containsString("39.95 → 49.94")))
        .andExpect(content().string(containsString("39.95 → 44.95")))
        .andExpect(content().string(containsString("Apply")));
    assertThat(products.find(Tld.of("lawyer"))).isEmpty();

    mvc.perform(importForm(post("/admin/settings/products/import")).param("tlds", "lawyer"))
        .andExpect(redirectedUrl("/admin/settings/products"))
        .andExpect(flash().attribute(Flash.SUCCESS, containsString("1 TLD product(s)")));
    assertThat(products.find(Tld.of("lawyer")).orElseThrow().registrarPlugin())
        .contains("dondominio");

    mvc.perform(
            importForm(post("/admin/settings/products/import/preview"))
                .param("tlds", "attorney")
                .param("overrides", "attorney"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("line 1: write a TLD")));
    assertThat(products.find(Tld.of("attorney"))).isEmpty();
  }

  @Test
  void aRegistrarOutageOnThePriceImportScreenSaysSoAndChangesNothing() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.URI faults = java.net.URI.create(sandbox.uri().toString()).resolve("/_sandbox/faults");
    http.send(
        java.net.http.HttpRequest.newBuilder(faults)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "action=account/zones&mode=http500&count=20"))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    try {
      mvc.perform(importForm(post("/admin/settings/products/import")).param("tlds", "dentist"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("could not be read")))
          .andExpect(content().string(containsString("nothing was changed")));
    } finally {
      http.send(
          java.net.http.HttpRequest.newBuilder(faults).DELETE().build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
    }
    assertThat(products.find(Tld.of("dentist"))).isEmpty();
  }

  @Test
  void aTldInUseStaysWithTheReason() throws Exception {
    TldProduct used = manual("inuse" + freshTld());
    mvc.perform(
            post("/admin/settings/products/tlds/" + used.id() + "/delete")
                .session(admin)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/products/tlds/" + used.id()))
        .andExpect(flash().attribute(Flash.ERROR, containsString("still used by 2 test orders")));
    assertThat(products.find(used.tld())).isPresent();
    TldProduct com = products.find(Tld.of("com")).orElseThrow();
    mvc.perform(get("/admin/settings/products/tlds/" + com.id()).session(admin))
        .andExpect(content().string(containsString("Supported: .com is in the registrar")));
  }

  private MockHttpServletRequestBuilder importForm(MockHttpServletRequestBuilder request) {
    return request
        .session(admin)
        .with(csrf())
        .param("plugin", "dondominio")
        .param("groupId", String.valueOf(group.id()))
        .param("marginKind", "PERCENT")
        .param("marginValue", "25");
  }

  private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String tld) {
    return request.session(admin).with(csrf()).param("tld", tld).param("_welcomeEmail", "on");
  }

  private TldProduct manual(String tld) {
    return products.create(
        new TldProductCommand(
            tld, group.id(), true, null, Map.of("register", Map.of("1", "3")), null, null));
  }
}
