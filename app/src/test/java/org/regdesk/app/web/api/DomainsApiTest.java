package org.regdesk.app.web.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.NewDomain;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.Trigger;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.error.NotFoundException;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/v1/domains}: list with filters, one domain, its registrar calls, bad input. */
class DomainsApiTest extends WebTestSupport {

  @Autowired ApiTokens tokens;
  @Autowired Customers customers;
  @Autowired Domains domains;
  @Autowired CustomFields customFields;
  @Autowired Registrars registrars;

  private String bearer;
  private TestDomains fixture;

  @BeforeEach
  void setUp() {
    bearer = "Bearer " + tokens.create("domains api test", "test").secret();
    fixture = new TestDomains(customers, domains);
  }

  @Test
  void listsWithTheScreensFiltersAndPaging() throws Exception {
    String word = TestDomains.unique("apilist");
    Customer owner = fixture.customer("Apilist" + word.replace("-", ""));
    for (int i = 0; i < 3; i++) {
      fixture.domain(owner, word + "-" + i, "com", DomainState.ACTIVE);
    }
    fixture.domain(owner, word + "-x", "net", DomainState.PENDING_TRANSFER);

    mvc.perform(
            get("/api/v1/domains")
                .param("q", word)
                .param("status", "active")
                .param("tld", "com")
                .param("registrar", "dondominio")
                .param("sort", "name")
                .param("size", "2")
                .header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(3))
        .andExpect(jsonPath("$.totalPages").value(2))
        .andExpect(jsonPath("$.totalExact").value(true))
        .andExpect(jsonPath("$.items[0].name").value(word + "-0.com"))
        .andExpect(jsonPath("$.items[0].status").value("ACTIVE"))
        .andExpect(jsonPath("$.items[0].registrar").value("dondominio"))
        .andExpect(jsonPath("$.items[0].customerId").value(owner.id()))
        .andExpect(jsonPath("$.items[0].customerName").value("Ana " + owner.lastName()));
    // the customer's name finds all four
    mvc.perform(get("/api/v1/domains").param("q", owner.lastName()).header("Authorization", bearer))
        .andExpect(jsonPath("$.totalItems").value(4));
  }

  @Test
  void aSearchMatchingMoreThan2500DomainsHasALowerBoundTotalAndPagesToTheEnd() throws Exception {
    String word = TestDomains.unique("apicapped").replace("-", "");
    Customer owner = fixture.customer("Apicapped");
    for (int i = 0; i < 2510; i++) {
      fixture.domain(owner, word + "-" + String.format("%04d", i), "com", DomainState.ACTIVE);
    }

    mvc.perform(get("/api/v1/domains").param("q", word).header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(1000))
        .andExpect(jsonPath("$.totalPages").value(20))
        .andExpect(jsonPath("$.totalExact").value(false))
        .andExpect(jsonPath("$.items.length()").value(50));
    // the page ending at the 2,500th domain: counted to its end, more exist
    mvc.perform(page(word, 5))
        .andExpect(jsonPath("$.totalItems").value(2500))
        .andExpect(jsonPath("$.totalExact").value(false))
        .andExpect(jsonPath("$.items[499].name").value(word + "-2499.com"));
    mvc.perform(page(word, 6))
        .andExpect(jsonPath("$.totalItems").value(2510))
        .andExpect(jsonPath("$.totalPages").value(6))
        .andExpect(jsonPath("$.totalExact").value(true))
        .andExpect(jsonPath("$.items.length()").value(10))
        .andExpect(jsonPath("$.items[9].name").value(word + "-2509.com"));
    // a small search is exact
    mvc.perform(get("/api/v1/domains").param("q", word + " 0001").header("Authorization", bearer))
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.totalExact").value(true));
  }

  private org.springframework.test.web.servlet.RequestBuilder page(String q, int page) {
    return get("/api/v1/domains")
        .param("q", q)
        .param("size", "500")
        .param("page", Integer.toString(page))
        .header("Authorization", bearer);
  }

  @Test
  void badFiltersAre400NamingEachField() throws Exception {
    mvc.perform(
            get("/api/v1/domains")
                .param("status", "gone")
                .param("expiringBefore", "tomorrow")
                .param("sort", "price")
                .header("Authorization", bearer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(jsonPath("$.fields[*].field", hasItem("status")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("expiringBefore")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("sort")));
    mvc.perform(get("/api/v1/domains").param("size", "0").header("Authorization", bearer))
        .andExpect(status().isBadRequest());
  }

  @Test
  void oneDomainByIdOrNameWithSecretValuesMasked() throws Exception {
    CustomFieldDefinition password =
        customFields
            .findByKey(CustomFieldKind.DOMAIN, "aeroPassword")
            .orElseGet(
                () ->
                    customFields.create(
                        CustomFieldKind.DOMAIN,
                        new CustomFieldCommand(
                            "aeroPassword",
                            "Aero Password " + TestDomains.unique(""),
                            "text",
                            false,
                            List.of(),
                            true,
                            List.of(),
                            false,
                            null)));
    Customer owner = fixture.customer("Apione");
    String label = TestDomains.unique("vuelo");
    Domain domain =
        domains.create(
            new NewDomain(
                DomainName.of(label, "aero"),
                owner.id(),
                "dondominio",
                DomainState.PENDING_REGISTRATION,
                true,
                Optional.empty(),
                new CheckedFieldValues(
                    List.of(new CheckedFieldValues.FieldValue(password, "s3cret-aero")))));

    mvc.perform(get("/api/v1/domains/" + domain.id()).header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(label + ".aero"))
        .andExpect(jsonPath("$.status").value("PENDING_REGISTRATION"))
        .andExpect(jsonPath("$.customerId").value(owner.id()))
        .andExpect(jsonPath("$.autoRenew").value(true))
        .andExpect(jsonPath("$.transferLock").doesNotExist())
        .andExpect(jsonPath("$.customFields[0].key").value("aeroPassword"))
        .andExpect(jsonPath("$.customFields[0].value").value("****"))
        .andExpect(jsonPath("$.customFields[0].secret").value(true))
        .andExpect(content().string(not(containsString("s3cret-aero"))));
    mvc.perform(
            get("/api/v1/domains/" + label.toUpperCase() + ".AERO").header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(domain.id()));
    mvc.perform(get("/api/v1/domains/999999999").header("Authorization", bearer))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"));
    mvc.perform(get("/api/v1/domains/nowhere-" + label + ".com").header("Authorization", bearer))
        .andExpect(status().isNotFound());
    // the screen masks it too
    mvc.perform(get("/admin/domains/" + domain.id()).session(signedIn(Role.ADMIN)))
        .andExpect(content().string(containsString("****")))
        .andExpect(content().string(not(containsString("s3cret-aero"))));
  }

  @Test
  void theRegistrarCallsOfADomainWithWhoTriggeredThem() throws Exception {
    Customer owner = fixture.customer("Apicalls");
    Domain domain =
        fixture.domain(owner, TestDomains.unique("asked"), "com", DomainState.PENDING_TRANSFER);
    try (var scope = Trigger.job("transfer poll " + domain.name()).enter()) {
      registrars.registrar("dondominio").getDomain(domain.name());
    } catch (NotFoundException notInTheAccount) {
      // the sandbox does not hold the name: the call is audited all the same
    }

    mvc.perform(
            get("/api/v1/domains/" + domain.id() + "/registrar-calls")
                .header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].domain").value(domain.name().ascii()))
        .andExpect(jsonPath("$.items[0].trigger.kind").value("JOB"))
        .andExpect(jsonPath("$.items[0].trigger.name").value("transfer poll " + domain.name()))
        .andExpect(jsonPath("$.items[0].parameters.apipasswd").value("****"));
    mvc.perform(get("/admin/domains/" + domain.id()).session(signedIn(Role.ADMIN)))
        .andExpect(content().string(containsString("transfer poll " + domain.name())))
        .andExpect(content().string(not(containsString("No registrar call about this domain"))));
    mvc.perform(get("/api/v1/domains/999999999/registrar-calls").header("Authorization", bearer))
        .andExpect(status().isNotFound());
  }

  @Test
  void needsAnApiToken() throws Exception {
    mvc.perform(get("/api/v1/domains")).andExpect(status().isUnauthorized());
  }
}
