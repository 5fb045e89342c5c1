package org.regdesk.app.web.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ProductGroupsApiTest extends WebTestSupport {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired ApiTokens tokens;
  @Autowired CustomFields customFields;
  @Autowired ProductGroups productGroups;

  private String token;

  @BeforeEach
  void token() {
    token = tokens.create("product groups api", "test").secret();
  }

  @Test
  void aGroupIsCreatedWithItsFieldsChangedListedAndDeleted() throws Exception {
    CustomFieldDefinition everywhere = field(true);
    CustomFieldDefinition chosen = field(false);
    String name = "Generic " + NAMES.incrementAndGet();

    String body =
        call(
                post("/api/v1/product-groups"),
                "{\"name\": \"%s\", \"description\": \"gTLDs\", \"customFields\": [\"%s\"]}"
                    .formatted(name, chosen.key()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.type").value("DOMAIN"))
            .andExpect(jsonPath("$.description").value("gTLDs"))
            .andExpect(jsonPath("$.customFields", hasItem(everywhere.key())))
            .andExpect(jsonPath("$.customFields", hasItem(chosen.key())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));

    call(
            put("/api/v1/product-groups/" + id),
            "{\"name\": \"%s\", \"customFields\": []}".formatted(name))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.description").value(""))
        .andExpect(jsonPath("$.customFields", hasItem(everywhere.key())))
        .andExpect(jsonPath("$.customFields", not(hasItem(chosen.key()))));
    call(get("/api/v1/product-groups?size=500"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.id == %d)].name".formatted(id)).value(hasItem(name)));
    call(delete("/api/v1/product-groups/" + id), null).andExpect(status().isNoContent());
    call(get("/api/v1/product-groups/" + id), null)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"));
    call(delete("/api/v1/product-groups/" + id), null).andExpect(status().isNotFound());
  }

  @Test
  void badInputNamesEveryFieldAndCreatesNothing() throws Exception {
    int before = productGroups.all().size();
    String existing = "Taken " + NAMES.incrementAndGet();
    call(post("/api/v1/product-groups"), "{\"name\": \"%s\"}".formatted(existing))
        .andExpect(status().isCreated());

    call(
            post("/api/v1/product-groups"),
            "{\"name\": \"%s\", \"type\": \"hosting\", \"customFields\": [\"vatNumber\"],"
                    .formatted(existing.toLowerCase(java.util.Locale.ROOT))
                + " \"description\": \"%s\"}".formatted("d".repeat(1001)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(
            jsonPath("$.fields[*].field")
                .value(containsInAnyOrder("name", "description", "type", "customFields")))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'customFields')].message")
                .value(hasItem("no domain field has the key 'vatNumber'")));
    call(put("/api/v1/product-groups/99999999"), "{\"name\": \"x\"}")
        .andExpect(status().isNotFound());
    call(get("/api/v1/product-groups?page=0"), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("page"));

    org.assertj.core.api.Assertions.assertThat(productGroups.all()).hasSize(before + 1);
  }

  private CustomFieldDefinition field(boolean allGroups) {
    return customFields.create(
        CustomFieldKind.DOMAIN,
        new CustomFieldCommand(
            "",
            "Group field " + NAMES.incrementAndGet(),
            "TEXT",
            false,
            null,
            allGroups,
            null,
            null,
            null));
  }

  private ResultActions call(MockHttpServletRequestBuilder request, String json) throws Exception {
    request.header("Authorization", "Bearer " + token);
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(request);
  }
}
