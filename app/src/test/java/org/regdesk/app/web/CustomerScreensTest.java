package org.regdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.security.Role;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CustomerScreensTest extends WebTestSupport {

  @Autowired Customers customers;
  @Autowired CustomFields customFields;

  private MockHttpSession admin;

  @BeforeEach
  void signIn() throws Exception {
    admin = signedIn(Role.ADMIN);
  }

  @Test
  void theListSearchesAndPagesKeepingTheSearch() throws Exception {
    String surname = "Zyx" + CustomFieldScreensTest.unique("").strip();
    for (int i = 0; i < 52; i++) {
      customers.create(
          new org.regdesk.app.customer.CustomerCommand(
              "Eva" + i,
              surname,
              i == 0 ? "Acme Widgets" : null,
              surname.toLowerCase(java.util.Locale.ROOT) + "." + i + "@example.org",
              "+34912345678",
              "Street 1",
              null,
              "City",
              null,
              null,
              "ES",
              Map.of()));
    }

    // in the URL (not as a parameter) so that the page links see it as a browser sends it
    mvc.perform(
            get("/admin/customers?q=" + surname.toUpperCase(java.util.Locale.ROOT)).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Customers</h1>")))
        .andExpect(content().string(containsString(surname + ", Eva0")))
        .andExpect(content().string(containsString("Acme Widgets")))
        .andExpect(content().string(containsString("+34912345678")))
        .andExpect(content().string(containsString("Page 1 of 2 · 52 in all")))
        .andExpect(content().string(containsString("page=2")))
        .andExpect(
            content().string(containsString("q=" + surname.toUpperCase(java.util.Locale.ROOT))));
    mvc.perform(get("/admin/customers").param("q", surname).param("page", "2").session(admin))
        .andExpect(content().string(containsString("Page 2 of 2")));
    mvc.perform(get("/admin/customers").param("q", "acme " + surname).session(admin))
        .andExpect(content().string(containsString(surname + ", Eva0")))
        .andExpect(content().string(not(containsString(surname + ", Eva1<"))));
    mvc.perform(get("/admin/customers").param("q", surname + "nomatch").session(admin))
        .andExpect(content().string(containsString("No customer matches this search.")));
  }

  @Test
  void aCustomerIsCreatedFromTheFormWithTheirCustomFields() throws Exception {
    String email = CustomFieldScreensTest.unique("new").replace(' ', '.') + "@Example.org";

    mvc.perform(get("/admin/customers/new").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"customFields[vatNumber]\"")))
        .andExpect(content().string(containsString("type=\"date\" id=\"cf-dateOfBirth\"")))
        .andExpect(content().string(containsString("Spain (ES)")));
    String location =
        mvc.perform(
                form(post("/admin/customers"), email)
                    .param("customFields[vatNumber]", " ES12345678Z ")
                    .param("customFields[dateOfBirth]", "1980-05-17"))
            .andExpect(redirectedUrlPattern("/admin/customers/*"))
            .andExpect(flash().attribute(Flash.SUCCESS, containsString("created")))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    Customer created = customers.get(id);
    assertThat(created.phone().e164()).isEqualTo("+34912345678");
    assertThat(created.organisation()).isEqualTo("Acme");
    assertThat(created.customFields())
        .containsEntry("vatNumber", "ES12345678Z")
        .containsEntry("dateOfBirth", "1980-05-17");
    mvc.perform(get(location).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"ES12345678Z\"")))
        .andExpect(content().string(containsString("value=\"1980-05-17\"")))
        .andExpect(content().string(containsString("value=\"+34912345678\"")));
  }

  @Test
  void badInputIsNamedFieldByFieldAndNothingIsStored() throws Exception {
    String taken = CustomFieldScreensTest.unique("taken").replace(' ', '.') + "@example.org";
    customers.create(CustomFieldScreensTest.customer(taken, Map.of()));
    long before = customers.search("", PageRequest.first()).totalItems();

    mvc.perform(
            form(
                    post("/admin/customers"),
                    taken.toUpperCase(java.util.Locale.ROOT),
                    "phone",
                    "12",
                    "country",
                    "XX")
                .param("customFields[dateOfBirth]", "17/05/1980")
                .param("customFields[shoeSize]", "42"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("email: another customer has this e-mail address")))
        .andExpect(
            content()
                .string(containsString("country: &#39;XX&#39; is not an ISO 3166 country code")))
        .andExpect(content().string(containsString("id=\"phone-error\"")))
        .andExpect(
            content().string(containsString("Date of Birth: must be a date written yyyy-MM-dd")))
        .andExpect(content().string(containsString("id=\"cf-dateOfBirth-error\"")))
        .andExpect(content().string(containsString("shoeSize: is not a customer field")));

    assertThat(customers.search("", PageRequest.first()).totalItems()).isEqualTo(before);
  }

  @Test
  void aRequiredCustomerFieldShowsItsErrorNextToItsInput() throws Exception {
    CustomFieldDefinition required =
        customFields.create(
            CustomFieldKind.CUSTOMER,
            new CustomFieldCommand(
                "",
                CustomFieldScreensTest.unique("Tax office"),
                "YES_NO",
                true,
                null,
                null,
                null,
                null,
                null));
    try {
      mvc.perform(
              form(
                  post("/admin/customers"),
                  CustomFieldScreensTest.unique("r").replace(' ', '.') + "@example.org"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(required.name() + ": is required")))
          .andExpect(content().string(containsString("id=\"cf-" + required.key() + "-error\"")))
          .andExpect(content().string(containsString(required.name() + " (required)")));
    } finally {
      // other tests create customers without this field
      customFields.delete(required.id());
    }
  }

  @Test
  void editingChangesTheCustomerAndBadInputLeavesThemAsTheyWere() throws Exception {
    String email = CustomFieldScreensTest.unique("edit").replace(' ', '.') + "@example.org";
    Customer customer =
        customers.create(CustomFieldScreensTest.customer(email, Map.of("vatNumber", "OLD1")));

    mvc.perform(
            form(post("/admin/customers/" + customer.id()), email, "phone", "+44 20 7946 0018")
                .param("customFields[vatNumber]", "NEW2"))
        .andExpect(redirectedUrl("/admin/customers/" + customer.id()))
        .andExpect(flash().attribute(Flash.SUCCESS, containsString("saved")));
    Customer changed = customers.get(customer.id());
    assertThat(changed.phone().e164()).isEqualTo("+442079460018");
    assertThat(changed.customFields()).containsEntry("vatNumber", "NEW2");

    mvc.perform(form(post("/admin/customers/" + customer.id()), "not an address"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("email: must look like name@example.org")));
    assertThat(customers.get(customer.id())).usingRecursiveComparison().isEqualTo(changed);
  }

  @Test
  void anUnknownCustomerIsNotFoundAndCustomersMayNotEnter() throws Exception {
    mvc.perform(get("/admin/customers/99999999").session(admin)).andExpect(status().isNotFound());
    mvc.perform(get("/admin/customers").session(signedIn(Role.CUSTOMER)))
        .andExpect(status().isForbidden());
  }

  private MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, String email, String... overrides) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("firstName", "Ana");
    params.put("lastName", "García");
    params.put("organisation", "Acme");
    params.put("email", email);
    params.put("phone", "912 34 56 78");
    params.put("address1", "Calle Mayor 1");
    params.put("address2", "");
    params.put("city", "Madrid");
    params.put("state", "");
    params.put("postalCode", "28013");
    params.put("country", "ES");
    for (int i = 0; i < overrides.length; i += 2) {
      params.put(overrides[i], overrides[i + 1]);
    }
    request.session(admin).with(csrf());
    params.forEach(request::param);
    return request;
  }
}
