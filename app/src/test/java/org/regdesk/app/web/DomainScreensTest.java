package org.regdesk.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The domain list, a domain's page and a customer's domains on the customer's page. */
class DomainScreensTest extends WebTestSupport {

  @Autowired Customers customers;
  @Autowired Domains domains;

  private TestDomains fixture;
  private MockHttpSession admin;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new TestDomains(customers, domains);
    admin = signedIn(Role.ADMIN);
  }

  @Test
  void theListSearchesFiltersAndPagesKeepingTheFilters() throws Exception {
    String word = TestDomains.unique("bakery");
    Customer owner = fixture.customer("Listtest");
    for (int i = 0; i < 52; i++) {
      fixture.domain(owner, word + "-" + i, "com", DomainState.PENDING_REGISTRATION);
    }
    fixture.domain(owner, word + "-es", "es", DomainState.PENDING_TRANSFER);

    mvc.perform(get("/admin/domains?q=" + word.toUpperCase() + "&tld=com").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Domains</h1>")))
        .andExpect(content().string(containsString(word + "-0.com")))
        .andExpect(content().string(containsString("Pending registration")))
        .andExpect(content().string(containsString("Ana Listtest")))
        .andExpect(content().string(containsString("Page 1 of 2 · 52 in all")))
        .andExpect(content().string(containsString("tld=com")))
        .andExpect(content().string(not(containsString(word + "-es.es"))));
    mvc.perform(
            get("/admin/domains")
                .param("q", word)
                .param("status", "PENDING_TRANSFER")
                .session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(word + "-es.es")))
        .andExpect(content().string(not(containsString(word + "-0.com"))));
    mvc.perform(get("/admin/domains").param("q", word + "-nomatch").session(admin))
        .andExpect(content().string(containsString("No domain matches these filters.")));
  }

  @Test
  void aSearchMatchingMoreThan2500DomainsSaysThereAreOver1000AndStillPagesToTheLastOne()
      throws Exception {
    // one word (no hyphen) that 2,510 domains have: more than the desk selects by id
    String word = TestDomains.unique("capped").replace("-", "");
    Customer owner = fixture.customer("Cappedtest");
    for (int i = 0; i < 2510; i++) {
      fixture.domain(owner, word + "-" + String.format("%04d", i), "com", DomainState.ACTIVE);
    }

    mvc.perform(get("/admin/domains").param("q", word).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(word + "-0000.com")))
        .andExpect(content().string(containsString("Page 1 · 1,000+ domains")))
        .andExpect(content().string(containsString("page=2")))
        .andExpect(content().string(not(containsString("in all"))));
    // the last page the count reached still links to the next one
    mvc.perform(get("/admin/domains").param("q", word).param("page", "20").session(admin))
        .andExpect(content().string(containsString(word + "-0999.com")))
        .andExpect(content().string(containsString("Page 20 · 1,000+ domains")))
        .andExpect(content().string(containsString("page=21")));
    // beyond it, each page is counted to its own end
    mvc.perform(get("/admin/domains").param("q", word).param("page", "21").session(admin))
        .andExpect(content().string(containsString(word + "-1049.com")))
        .andExpect(content().string(containsString("Page 21 · 1,050+ domains")))
        .andExpect(content().string(containsString("page=22")));
    // the last page shows the last ten, and the exact count once the count reaches the end
    mvc.perform(get("/admin/domains").param("q", word).param("page", "51").session(admin))
        .andExpect(content().string(containsString(word + "-2509.com")))
        .andExpect(content().string(not(containsString(word + "-2499.com"))))
        .andExpect(content().string(containsString("Page 51 of 51 · 2510 in all")))
        .andExpect(content().string(not(containsString("rel=\"next\""))));
    // a narrower search is counted exactly
    mvc.perform(get("/admin/domains").param("q", word + " 0001").session(admin))
        .andExpect(content().string(containsString(word + "-0001.com")))
        .andExpect(content().string(not(containsString("domains match"))))
        .andExpect(content().string(not(containsString("1,000+"))));
  }

  @Test
  void badFiltersAreNamedAndShowNothing() throws Exception {
    mvc.perform(
            get("/admin/domains")
                .param("status", "gone")
                .param("expiringBefore", "31/12/2026")
                .session(admin))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("status: must be one of PENDING_REGISTRATION")))
        .andExpect(
            content().string(containsString("expiringBefore: must be a date written yyyy-MM-dd")))
        .andExpect(content().string(not(containsString("No domains yet"))));
  }

  @Test
  void aDomainPageShowsTheRecordTheCustomerAndTheEmptyOrdersAndActions() throws Exception {
    Customer owner = fixture.customer("Pagetest");
    Domain domain =
        fixture.domain(owner, TestDomains.unique("diseño"), "es", DomainState.PENDING_REGISTRATION);

    mvc.perform(get("/admin/domains/" + domain.id()).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(domain.name().unicode())))
        .andExpect(content().string(containsString("A-label: " + domain.name().ascii())))
        .andExpect(content().string(containsString("Pending registration")))
        .andExpect(content().string(containsString("Ana Pagetest")))
        .andExpect(content().string(containsString("/admin/customers/" + owner.id())))
        .andExpect(content().string(containsString("id=\"orders\"")))
        .andExpect(content().string(containsString("id=\"plugin-actions\"")))
        .andExpect(content().string(containsString("No registrar call about this domain yet.")));
    mvc.perform(get("/admin/domains/999999999").session(admin)).andExpect(status().isNotFound());
  }

  @Test
  void theCustomerPageLoadsTheCustomersDomains() throws Exception {
    Customer owner = fixture.customer("Ownertest");
    Domain domain = fixture.domain(owner, TestDomains.unique("mine"), "com", DomainState.ACTIVE);
    Customer other = fixture.customer("Nodomains");

    mvc.perform(get("/admin/customers/" + owner.id()).session(admin))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("hx-get=\"/admin/customers/" + owner.id() + "/domains\"")));
    mvc.perform(get("/admin/customers/" + owner.id() + "/domains").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(domain.name().ascii())))
        .andExpect(content().string(containsString("/admin/domains/" + domain.id())));
    mvc.perform(get("/admin/customers/" + other.id() + "/domains").session(admin))
        .andExpect(content().string(containsString("This customer has no domains.")));
  }

  @Test
  void customersCannotSeeTheAdminDomainPages() throws Exception {
    MockHttpSession customer = signedIn(Role.CUSTOMER);
    mvc.perform(get("/admin/domains").session(customer)).andExpect(status().isForbidden());
  }
}
