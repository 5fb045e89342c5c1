package org.regdesk.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CustomersApiTest extends WebTestSupport {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired ApiTokens tokens;
  @Autowired Customers customers;
  @Autowired CustomFields customFields;

  private String token;

  @BeforeEach
  void token() {
    token = tokens.create("customers api", "test").secret();
  }

  @Test
  void aCustomerIsCreatedReadSearchedChangedAndDeleted() throws Exception {
    String word = "Qwert" + NAMES.incrementAndGet();
    String email = word.toLowerCase(java.util.Locale.ROOT) + "@Example.org";

    String body =
        call(
                post("/api/v1/customers"),
                customer(
                    word,
                    email,
                    "+34 912 34 56 78",
                    "\"customFields\": {\"vatNumber\": \" ES12345678Z \", \"dateOfBirth\": \"1980-05-17\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.lastName").value(word))
            .andExpect(jsonPath("$.email").value(email.replace("Example", "example")))
            .andExpect(jsonPath("$.phone").value("+34912345678"))
            .andExpect(jsonPath("$.country").value("ES"))
            .andExpect(jsonPath("$.organisation").value("Acme"))
            .andExpect(jsonPath("$.address2").isEmpty())
            .andExpect(jsonPath("$.userAccountId").isEmpty())
            .andExpect(jsonPath("$.customFields.vatNumber").value("ES12345678Z"))
            .andExpect(jsonPath("$.customFields.dateOfBirth").value("1980-05-17"))
            .andExpect(jsonPath("$.createdAt").value("2026-03-02T09:00:00Z"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));

    call(get("/api/v1/customers?q=" + word.toLowerCase(java.util.Locale.ROOT) + "&size=10"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.size").value(10))
        .andExpect(jsonPath("$.items[0].id").value(id))
        .andExpect(jsonPath("$.items[0].customFields.vatNumber").value("ES12345678Z"));
    call(put("/api/v1/customers/" + id), customer(word, email, "+44 20 7946 0018", null))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phone").value("+442079460018"))
        .andExpect(jsonPath("$.customFields.vatNumber").value("ES12345678Z"));
    call(
            put("/api/v1/customers/" + id),
            customer(word, email, "+44 20 7946 0018", "\"customFields\": {}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customFields.vatNumber").doesNotExist());
    call(delete("/api/v1/customers/" + id), null).andExpect(status().isNoContent());
    call(get("/api/v1/customers/" + id), null)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("customer " + id + " does not exist"));
  }

  @Test
  void everyBadInputIsNamedWithoutRepeatingPersonalDataAndNothingIsStored() throws Exception {
    String taken = "taken" + NAMES.incrementAndGet() + "@example.org";
    call(post("/api/v1/customers"), customer("Taken", taken, "+34912345678", null))
        .andExpect(status().isCreated());
    long before = customers.search("", PageRequest.first()).totalItems();

    call(
            post("/api/v1/customers"),
            customer(
                "Other",
                taken.toUpperCase(java.util.Locale.ROOT),
                "+34 1",
                "\"customFields\": {\"dateOfBirth\": \"1980-17-05\", \"shoeSize\": \"42\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(
            jsonPath("$.fields[*].field")
                .value(
                    containsInAnyOrder(
                        "email", "phone", "customFields.dateOfBirth", "customFields.shoeSize")))
        .andExpect(content().string(not(org.hamcrest.Matchers.containsString(taken))))
        .andExpect(content().string(not(org.hamcrest.Matchers.containsString("1980-17-05"))));
    call(post("/api/v1/customers"), "{}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.fields[*].field")
                .value(
                    containsInAnyOrder(
                        "firstName", "lastName", "email", "country", "phone", "address1", "city")));
    call(post("/api/v1/customers"), "[1, 2]")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("malformed_request"));

    assertThat(customers.search("", PageRequest.first()).totalItems()).isEqualTo(before);
  }

  @Test
  void jsonBooleansAndNumbersAreReadAsTheirText() throws Exception {
    CustomFieldDefinition newsletter =
        customFields.create(
            CustomFieldKind.CUSTOMER,
            new CustomFieldCommand(
                "",
                "Newsletter " + NAMES.incrementAndGet(),
                "YES_NO",
                false,
                null,
                null,
                null,
                null,
                null));

    call(
            post("/api/v1/customers"),
            customer(
                "Bool",
                "bool" + NAMES.incrementAndGet() + "@example.org",
                "+34912345678",
                "\"customFields\": {\"%s\": true, \"vatNumber\": 12345}"
                    .formatted(newsletter.key())))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.customFields." + newsletter.key()).value("true"))
        .andExpect(jsonPath("$.customFields.vatNumber").value("12345"));
  }

  @Test
  void aChoiceValueNotAmongTheOptionsIsNamedAndTheCustomerStaysAsTheyWere() throws Exception {
    CustomFieldDefinition segment =
        customFields.create(
            CustomFieldKind.CUSTOMER,
            new CustomFieldCommand(
                "",
                "Segment " + NAMES.incrementAndGet(),
                "CHOICE",
                false,
                java.util.List.of(
                    new CustomFieldCommand.Option("retail", "Retail"),
                    new CustomFieldCommand.Option("reseller", "Reseller")),
                null,
                null,
                null,
                null));
    String email = "choice" + NAMES.incrementAndGet() + "@example.org";
    String body =
        call(
                post("/api/v1/customers"),
                customer(
                    "Choice",
                    email,
                    "+34912345678",
                    "\"customFields\": {\"%s\": \"retail\"}".formatted(segment.key())))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));

    call(
            put("/api/v1/customers/" + id),
            customer(
                "Changed",
                email,
                "+34912345678",
                "\"customFields\": {\"%s\": \"Retail\"}".formatted(segment.key())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("customFields." + segment.key()))
        .andExpect(jsonPath("$.fields[0].message").value("must be one of: retail, reseller"));

    var stored = customers.get(id);
    assertThat(stored.lastName()).isEqualTo("Choice");
    assertThat(stored.customFields()).containsEntry(segment.key(), "retail");
  }

  @Test
  void unknownCustomersAndBadPagingAreNamed() throws Exception {
    call(put("/api/v1/customers/99999999"), customer("X", "x@example.org", "+34912345678", null))
        .andExpect(status().isNotFound());
    call(delete("/api/v1/customers/99999999"), null).andExpect(status().isNotFound());
    call(get("/api/v1/customers?size=501"), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("size"));
    mvc.perform(get("/api/v1/customers")).andExpect(status().isUnauthorized());
  }

  private static String customer(String lastName, String email, String phone, String extra) {
    return """
        {"firstName": "Ana", "lastName": "%s", "organisation": "Acme", "email": "%s",
         "phone": "%s", "address1": "Calle Mayor 1", "address2": "", "city": "Madrid",
         "state": "Madrid", "postalCode": "28013", "country": "es"%s}
        """
        .formatted(lastName, email, phone, extra == null ? "" : ", " + extra);
  }

  private ResultActions call(MockHttpServletRequestBuilder request, String json) throws Exception {
    request.header("Authorization", "Bearer " + token);
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(request);
  }
}
