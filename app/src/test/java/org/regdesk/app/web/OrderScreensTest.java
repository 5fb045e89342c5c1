package org.regdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.order.Order;
import org.regdesk.app.order.OrderFixture;
import org.regdesk.app.order.OrderStatus;
import org.regdesk.app.order.Orders;
import org.regdesk.app.security.Role;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** Orders › list, new order, order detail with Retry; the domain page's Orders and Register. */
class OrderScreensTest extends WebTestSupport {

  @Autowired Orders orders;
  @Autowired Customers customers;
  @Autowired Domains domains;
  @Autowired Scheduler scheduler;
  @Autowired Sandbox sandbox;

  @Test
  void anAdminPlacesARegisterOrderThatEndsActiveWithItsExpiry() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    Customer customer = OrderFixture.customer(customers, "Screenorder");
    String name = TestDomains.unique("screen") + ".com";

    mvc.perform(get("/admin/orders/new").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(customer.fullName())));
    mvc.perform(
            post("/admin/orders/new")
                .session(admin)
                .with(csrf())
                .param("type", "register")
                .param("domain", TestDomains.unique("aero") + ".aero")
                .param("step", "fields"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Fields of this TLD")));
    OrderFixture wait = new OrderFixture(orders, scheduler, sandbox, clock);
    var placing = post("/admin/orders/new").session(admin).with(csrf()).param("type", "register");
    wait.requiredFields(name).forEach((key, value) -> placing.param("fields[" + key + "]", value));
    String location =
        mvc.perform(
                placing
                    .param("customerId", Long.toString(customer.id()))
                    .param("domain", name)
                    .param("years", "1"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/admin/orders/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    wait.awaitSubmitted(id);
    wait.activate(orders.get(id));
    Order done = wait.awaitStatus(id, OrderStatus.DONE);
    String expiry = domains.getByName(name).expiresOn().orElseThrow().toString();

    mvc.perform(get("/admin/orders/{id}", id).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(done.message())))
        .andExpect(content().string(containsString("Attempts")))
        .andExpect(content().string(not(containsString(">Retry<"))));
    mvc.perform(get("/admin/orders").session(admin).param("status", "done").param("domain", name))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)));
    mvc.perform(get("/admin/domains/{id}", done.domainId()).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("#" + id)))
        .andExpect(content().string(containsString(expiry)))
        .andExpect(content().string(not(containsString(">Register<"))));
  }

  @Test
  void badInputOnTheFormIsShownAndPlacesNothing() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    long before = orders.list(null, null, null, PageRequest.first()).totalItems();
    mvc.perform(
            post("/admin/orders/new")
                .session(admin)
                .with(csrf())
                .param("type", "transfer")
                .param("domain", "")
                .param("authCode", "Secret-Code-9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is required")))
        .andExpect(content().string(not(containsString("Secret-Code-9"))));
    assertThat(orders.list(null, null, null, PageRequest.first()).totalItems()).isEqualTo(before);
  }

  @Test
  void aFailedOrderIsRetriedFromThePluginActionsRegisterButton() throws Exception {
    MockHttpSession admin = signedIn(Role.ADMIN);
    Customer customer = OrderFixture.customer(customers, "Screenretry");
    String name = TestDomains.unique("retry") + ".com";
    OrderFixture wait = new OrderFixture(orders, scheduler, sandbox, clock);
    String balance = wait.balance();
    sandbox.updateAccount(Map.of("balance", "0"));
    Order order;
    try {
      order = orders.place(wait.register(name, customer.id()));
      wait.awaitStatus(order.id(), OrderStatus.FAILED);
    } finally {
      sandbox.updateAccount(Map.of("balance", balance));
    }
    assertThat(domains.getByName(name).state()).isEqualTo(DomainState.REGISTRATION_FAILED);
    mvc.perform(get("/admin/orders/{id}", order.id()).session(admin))
        .andExpect(content().string(containsString(">Retry<")));
    mvc.perform(get("/admin/domains/{id}", order.domainId()).session(admin))
        .andExpect(content().string(containsString(">Register<")))
        .andExpect(content().string(containsString("failed")));

    mvc.perform(post("/admin/domains/{id}/register", order.domainId()).session(admin).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/domains/{id}/register", order.domainId()).session(admin).with(csrf()))
        .andExpect(status().is3xxRedirection());
    wait.awaitSubmitted(order.id());
    wait.activate(order);
    wait.awaitStatus(order.id(), OrderStatus.DONE);
    assertThat(wait.created(name)).isEqualTo(1);
    assertThat(wait.charges(name)).isEqualTo(1);
  }
}
