package org.regdesk.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.catalog.TldProducts;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class TldProductsApiTest extends WebTestSupport {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired ApiTokens tokens;
  @Autowired ProductGroups productGroups;
  @Autowired TldProducts products;

  private String token;
  private ProductGroup group;

  @BeforeEach
  void setUp() {
    token = tokens.create("tld products api", "test").secret();
    group =
        productGroups.create(
            new ProductGroupCommand("TLD api " + NAMES.incrementAndGet(), "", "DOMAIN", null));
  }

  /** A made-up TLD no other test uses (manual registration needs no registrar). */
  private static String freshTld() {
    return "zz" + Integer.toString(NAMES.incrementAndGet(), 36) + "test";
  }

  @Test
  void aManualTldIsCreatedReadListedChangedAndDeleted() throws Exception {
    String tld = freshTld();
    call(
            post("/api/v1/tld-products"),
            """
            {"tld": ".%s", "groupId": %d, "welcomeEmail": false,
             "prices": {"register": {"1": "9.95", "2": "19.90"}, "renew": {"1": 11.5}}}
            """
                .formatted(tld.toUpperCase(java.util.Locale.ROOT), group.id()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.tld").value(tld))
        .andExpect(jsonPath("$.currency").value("EUR"))
        .andExpect(jsonPath("$.welcomeEmail").value(false))
        .andExpect(jsonPath("$.registrarPlugin").doesNotExist())
        .andExpect(jsonPath("$.prices.register.2").value(19.90))
        .andExpect(jsonPath("$.prices.renew.1").value(11.50));

    call(get("/api/v1/tld-products/" + tld), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.groupName").value(group.name()));
    call(get("/api/v1/tld-products?plugin=none&groupId=" + group.id()), null)
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].tld").value(tld));
    call(get("/api/v1/tld-products?search=" + tld.substring(0, 4) + "&groupId=" + group.id()), null)
        .andExpect(jsonPath("$.items[*].tld", hasItem(tld)));

    call(
            put("/api/v1/tld-products/" + tld),
            """
            {"groupId": %d, "prices": {"register": {"1": "8.00"}, "transfer": {"1": "0"}},
             "margin": {"kind": "FIXED", "value": "3"}}
            """
                .formatted(group.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.prices.register.1").value(8.00))
        .andExpect(jsonPath("$.prices.register.2").doesNotExist())
        .andExpect(jsonPath("$.prices.transfer.1").value(0.0))
        .andExpect(jsonPath("$.margin.kind").value("FIXED"));

    call(delete("/api/v1/tld-products/" + tld), null).andExpect(status().isOk());
    call(get("/api/v1/tld-products/" + tld), null).andExpect(status().isNotFound());
  }

  @Test
  void badInputNamesTheFieldAndStoresNothing() throws Exception {
    String tld = freshTld();
    String body =
        """
        {"tld": "%s", "groupId": %d,
         "prices": {"register": {"1": "-1", "2": "abc", "11": "5"}, "renew": {"1": "1.234"}}}
        """
            .formatted(tld, group.id());
    call(post("/api/v1/tld-products"), body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'prices.register.1')].message")
                .value(hasItem("must not be negative")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("prices.register.2")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("prices.register.11")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("prices.renew.1")));
    assertThat(products.find(Tld.of(tld))).isEmpty();

    call(
            post("/api/v1/tld-products"),
            "{\"tld\": \"-bad-\", \"groupId\": %d}".formatted(group.id()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[*].field", hasItem("tld")));
    call(post("/api/v1/tld-products"), "{\"tld\": \"%s\", \"groupId\": 999999}".formatted(tld))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'groupId')].message")
                .value(hasItem(containsString("does not exist"))))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'prices.register.1')].message")
                .value(hasItem(containsString("1-year registration price is required"))));
    call(
            post("/api/v1/tld-products"),
            """
            {"tld": "%s", "groupId": %d, "registrarPlugin": "no-such-plugin",
             "prices": {"register": {"1": "1"}}}
            """
                .formatted(tld, group.id()))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'registrarPlugin')].message")
                .value(hasItem(containsString("is installed"))));
    // the sandbox does not sell this made-up TLD
    call(
            post("/api/v1/tld-products"),
            """
            {"tld": "%s", "groupId": %d, "registrarPlugin": "dondominio",
             "prices": {"register": {"1": "1"}}}
            """
                .formatted(tld, group.id()))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'registrarPlugin')].message")
                .value(hasItem(containsString("does not support"))));
    assertThat(products.find(Tld.of(tld))).isEmpty();

    call(
            post("/api/v1/tld-products"),
            "{\"tld\": \"%s\", \"groupId\": %d, \"prices\": {\"register\": {\"1\": \"1\"}}}"
                .formatted(tld, group.id()))
        .andExpect(status().isCreated());
    call(
            post("/api/v1/tld-products"),
            "{\"tld\": \"%s\", \"groupId\": %d, \"prices\": {\"register\": {\"1\": \"1\"}}}"
                .formatted(tld, group.id()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.fields[?(@.field == 'tld')].message")
                .value(hasItem(containsString("already has a TLD product"))));
  }

  @Test
  void anIdnTldIsKeptInALabelForm() throws Exception {
    call(
            post("/api/v1/tld-products"),
            "{\"tld\": \"рф\", \"groupId\": %d, \"prices\": {\"register\": {\"1\": \"5\"}}}"
                .formatted(group.id()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.tld").value("xn--p1ai"))
        .andExpect(jsonPath("$.unicode").value("рф"));
    call(delete("/api/v1/tld-products/xn--p1ai"), null).andExpect(status().isOk());
  }

  @Test
  void theDemoCatalogueAssignedAeroWithItsRequiredFieldsOneSecret() throws Exception {
    call(get("/api/v1/tld-products/com"), null)
        .andExpect(jsonPath("$.registrarPlugin").value("dondominio"))
        // sandbox cost 9.95 + 25% = 12.4375, rounded half-up
        .andExpect(jsonPath("$.prices.register.1").value(12.44));
    call(get("/api/v1/tld-products/aero/required-fields"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.plugin").value("dondominio"))
        .andExpect(jsonPath("$.anythingMissing").value(false))
        .andExpect(
            jsonPath("$.domainFields[?(@.key == 'aeroPassword')].type").value(hasItem("SECRET")))
        .andExpect(
            jsonPath("$.domainFields[?(@.key == 'aeroId')].status").value(hasItem("PRESENT")))
        .andExpect(
            jsonPath("$.customerFields[?(@.key == 'identityNumber')].fieldKey")
                .value(hasItem("vatNumber")));
  }

  @Test
  void missingRequiredFieldsAreCreatedInOneClickForTheTldsGroup() throws Exception {
    // .jobs asks for fields no other test creates
    call(
            post("/api/v1/tld-products"),
            """
            {"tld": "jobs", "groupId": %d, "registrarPlugin": "dondominio",
             "prices": {"register": {"1": "150"}}}
            """
                .formatted(group.id()))
        .andExpect(status().isCreated());
    call(get("/api/v1/tld-products/jobs/required-fields"), null)
        .andExpect(jsonPath("$.anythingMissing").value(true))
        .andExpect(
            jsonPath("$.domainFields[?(@.key == 'jobsOwnerTitle')].status")
                .value(hasItem("MISSING")));
    call(post("/api/v1/tld-products/jobs/required-fields"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.anythingMissing").value(false))
        .andExpect(
            jsonPath("$.domainFields[?(@.key == 'jobsOwnerTitle')].status")
                .value(hasItem("PRESENT")))
        .andExpect(
            jsonPath("$.domainFields[?(@.key == 'jobsOwnerIsAssocMember')].type")
                .value(hasItem("YES_NO")));
    call(get("/api/v1/custom-fields?kind=domain&size=500"), null)
        .andExpect(
            jsonPath("$.items[?(@.key == 'jobsOwnerTitle')].groupIds[0]")
                .value(hasItem((int) group.id())));
    call(delete("/api/v1/tld-products/jobs"), null).andExpect(status().isOk());
  }

  @Test
  void aTldInUseIsNotDeletedAndUnknownOrMalformedTldsAreNamed() throws Exception {
    String tld = "inuse" + freshTld();
    call(
            post("/api/v1/tld-products"),
            "{\"tld\": \"%s\", \"groupId\": %d, \"prices\": {\"register\": {\"1\": \"1\"}}}"
                .formatted(tld, group.id()))
        .andExpect(status().isCreated());
    call(delete("/api/v1/tld-products/" + tld), null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message", containsString("is still used by 2 test orders")));
    assertThat(products.find(Tld.of(tld))).isPresent();

    call(get("/api/v1/tld-products/" + freshTld()), null).andExpect(status().isNotFound());
    call(get("/api/v1/tld-products/-x-/required-fields"), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("tld"));
    // a manual TLD requires nothing
    call(get("/api/v1/tld-products/" + tld + "/required-fields"), null)
        .andExpect(jsonPath("$.plugin").doesNotExist())
        .andExpect(jsonPath("$.domainFields").isEmpty())
        .andExpect(jsonPath("$.anythingMissing").value(false));
    call(
            put("/api/v1/tld-products/" + tld),
            "{\"tld\": \"other\", \"groupId\": %d, \"prices\": {\"register\": {\"1\": \"1\"}}}"
                .formatted(group.id()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("tld"))
        .andExpect(jsonPath("$.fields[0].message", containsString("cannot change")));
  }

  private ResultActions call(MockHttpServletRequestBuilder request, String body) throws Exception {
    request.header("Authorization", "Bearer " + token);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }
}
