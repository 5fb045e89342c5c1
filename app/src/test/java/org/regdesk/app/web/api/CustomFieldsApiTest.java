package org.regdesk.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.CustomerCommand;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CustomFieldsApiTest extends WebTestSupport {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired ApiTokens tokens;
  @Autowired CustomFields customFields;
  @Autowired ProductGroups productGroups;
  @Autowired Customers customers;

  private String token;

  @BeforeEach
  void token() {
    token = tokens.create("custom fields api", "test").secret();
  }

  @Test
  void aDomainFieldIsCreatedReadChangedListedAndDeleted() throws Exception {
    ProductGroup group =
        productGroups.create(new ProductGroupCommand("API group " + n(), "", null, null));
    String name = "Intended Use " + n();

    String body =
        call(
                post("/api/v1/custom-fields"),
                """
                {"kind": "domain", "name": "%s", "type": "choice", "required": true,
                 "options": [{"value": "personal", "label": "Personal"}, {"value": "business"}],
                 "allGroups": false, "groupIds": [%d]}
                """
                    .formatted(name, group.id()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("DOMAIN"))
            .andExpect(jsonPath("$.key").value(name.replace("Intended Use ", "intendedUse")))
            .andExpect(jsonPath("$.type").value("CHOICE"))
            .andExpect(jsonPath("$.required").value(true))
            .andExpect(jsonPath("$.options[1].label").value("business"))
            .andExpect(jsonPath("$.allGroups").value(false))
            .andExpect(jsonPath("$.groupIds[0]").value(group.id()))
            .andExpect(jsonPath("$.inSignup").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));

    call(get("/api/v1/custom-fields/" + id), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(name));
    call(
            put("/api/v1/custom-fields/" + id),
            """
            {"name": "%s (renamed)", "type": "CHOICE", "options": [{"value": "personal"},
             {"value": "business"}, {"value": "other"}]}
            """
                .formatted(name))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(name + " (renamed)"))
        .andExpect(jsonPath("$.allGroups").value(true))
        .andExpect(jsonPath("$.options.length()").value(3));
    call(get("/api/v1/custom-fields?kind=DOMAIN&size=500"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].kind", everyItem(is("DOMAIN"))))
        .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
    call(delete("/api/v1/custom-fields/" + id), null).andExpect(status().isNoContent());
    call(get("/api/v1/custom-fields/" + id), null)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"))
        .andExpect(jsonPath("$.message").value("custom field " + id + " does not exist"));
  }

  @Test
  void theSeededCustomerFieldsAreListedWithTheirLinks() throws Exception {
    call(get("/api/v1/custom-fields?kind=customer"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(
            jsonPath("$.items[?(@.key == 'vatNumber')].linkedCustomerField")
                .value(hasItem("identityNumber")))
        .andExpect(jsonPath("$.items[?(@.key == 'dateOfBirth')].type").value(hasItem("DATE")))
        .andExpect(jsonPath("$.items[*].allGroups", everyItem(is((Object) null))));
  }

  @Test
  void badInputIsValidationFailedNamingEveryFieldAndCreatesNothing() throws Exception {
    long before = customFields.list(null, PageRequest.first()).totalItems();

    call(
            post("/api/v1/custom-fields"),
            """
            {"kind": "customer", "key": "vatNumber", "name": "", "type": "DATE",
             "options": [{"value": "x"}], "groupIds": [1], "linkedCustomerField": "passport"}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(
            jsonPath("$.fields[*].field")
                .value(
                    containsInAnyOrder(
                        "name", "key", "options", "groupIds", "linkedCustomerField")))
        .andExpect(
            jsonPath("$.fields[?(@.field == 'key')].message")
                .value(
                    hasItem("'vatNumber' is already the key of the customer field 'VAT Number'")));
    call(post("/api/v1/custom-fields"), "{\"name\": \"No kind\", \"type\": \"TEXT\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("kind"))
        .andExpect(jsonPath("$.fields[0].message").value("is required"));
    call(
            post("/api/v1/custom-fields"),
            "{\"kind\": \"hosting\", \"name\": \"x\", \"type\": \"TEXT\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].message").value("must be DOMAIN or CUSTOMER"));
    call(get("/api/v1/custom-fields?kind=hosting"), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("kind"));
    call(post("/api/v1/custom-fields"), "{\"kind\": \"domain\", \"groupIds\": [\"x\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("malformed_request"));

    assertThat(customFields.list(null, PageRequest.first()).totalItems()).isEqualTo(before);
  }

  @Test
  void theKeyCannotChangeAndAFieldHoldingValuesIsNeitherDeletedNorRetyped() throws Exception {
    var field =
        customFields.create(
            CustomFieldKind.CUSTOMER,
            new org.regdesk.app.catalog.CustomFieldCommand(
                "", "Loyalty " + n(), "TEXT", false, null, null, null, null, null));
    Customer holder =
        customers.create(
            new CustomerCommand(
                "Api",
                "Holder",
                null,
                "holder" + n() + "@example.org",
                "+34912345678",
                "Street 1",
                null,
                "City",
                null,
                null,
                "ES",
                Map.of(field.key(), "gold")));

    call(
            put("/api/v1/custom-fields/" + field.id()),
            "{\"key\": \"renamedKey\", \"name\": \"x\", \"type\": \"TEXT\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("key"))
        .andExpect(
            jsonPath("$.fields[0].message")
                .value(org.hamcrest.Matchers.startsWith("cannot change")));
    call(
            put("/api/v1/custom-fields/" + field.id()),
            "{\"key\": \"%s\", \"name\": \"%s\", \"type\": \"DATE\"}"
                .formatted(field.key(), field.name()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("conflict"))
        .andExpect(
            jsonPath("$.message")
                .value(
                    org.hamcrest.Matchers.containsString("holds 1 value; its type cannot change")));
    call(delete("/api/v1/custom-fields/" + field.id()), null)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.message")
                .value("custom field '" + field.name() + "' holds 1 value; it cannot be deleted"));

    assertThat(customFields.get(field.id())).isEqualTo(field);
    customers.delete(holder.id());
    call(delete("/api/v1/custom-fields/" + field.id()), null).andExpect(status().isNoContent());
  }

  @Test
  void theOpenApiDescriptionHasTheResources() throws Exception {
    mvc.perform(get("/api/v1/openapi.json"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/custom-fields']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/custom-fields/{id}']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/product-groups']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/customers/{id}']").exists());
  }

  private ResultActions call(MockHttpServletRequestBuilder request, String json) throws Exception {
    request.header("Authorization", "Bearer " + token);
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(request);
  }

  private static int n() {
    return NAMES.incrementAndGet();
  }
}
