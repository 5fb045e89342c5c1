package org.regdesk.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.order.OrderFixture;
import org.regdesk.app.order.OrderStatus;
import org.regdesk.app.order.Orders;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/orders}: the contract other parts of the desk rely on. */
class OrdersApiTest extends WebTestSupport {

  @Autowired ApiTokens tokens;
  @Autowired Orders orders;
  @Autowired Customers customers;
  @Autowired Scheduler scheduler;
  @Autowired Sandbox sandbox;
  @Autowired JsonMapper json;

  @Test
  void placesReadsListsAndRefusesADuplicate() throws Exception {
    String token = "Bearer " + tokens.create("orders", "test").secret();
    Customer customer = OrderFixture.customer(customers, "Apiorder");
    String name = TestDomains.unique("api") + ".com";
    String body =
        "{\"type\":\"register\",\"domain\":\""
            + name
            + "\",\"customerId\":"
            + customer.id()
            + ",\"years\":1,\"nameservers\":[],\"fields\":"
            + json.writeValueAsString(
                new OrderFixture(orders, scheduler, sandbox, clock).requiredFields(name))
            + "}";

    String created =
        mvc.perform(
                post("/api/v1/orders")
                    .header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.type").value("register"))
            .andExpect(jsonPath("$.domain").value(name))
            .andExpect(jsonPath("$.customerId").value(customer.id()))
            .andExpect(jsonPath("$.years").value(1))
            .andExpect(jsonPath("$.status").value("pending"))
            .andExpect(jsonPath("$.message").isEmpty())
            .andExpect(jsonPath("$.price").isString())
            .andExpect(jsonPath("$.createdAt").isString())
            .andExpect(jsonPath("$.completedAt").isEmpty())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode order = json.readTree(created);
    long id = order.get("id").asLong();
    assertThat(order.get("price").asString()).matches("\\d+\\.\\d{2}");

    mvc.perform(
            post("/api/v1/orders")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("conflict"));

    OrderFixture wait = new OrderFixture(orders, scheduler, sandbox, clock);
    wait.awaitSubmitted(id);
    mvc.perform(get("/api/v1/orders/{id}", id).header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("running"));
    mvc.perform(
            get("/api/v1/orders")
                .param("status", "running")
                .param("type", "register")
                .param("domain", name)
                .header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].id").value(id));
    mvc.perform(get("/api/v1/orders").param("status", "done").header("Authorization", token))
        .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
    mvc.perform(post("/api/v1/orders/{id}/retry", id).header("Authorization", token))
        .andExpect(status().isConflict());

    wait.activate(orders.get(id));
    wait.awaitStatus(id, OrderStatus.DONE);
    mvc.perform(get("/api/v1/orders/{id}", id).header("Authorization", token))
        .andExpect(jsonPath("$.status").value("done"))
        .andExpect(jsonPath("$.completedAt").isString())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("expires")));
  }

  @Test
  void badInputIsA400NamingEachFieldAndStoresNothing() throws Exception {
    String token = "Bearer " + tokens.create("orders-bad", "test").secret();
    long before = orders.list(null, null, null, PageRequest.first()).totalItems();

    mvc.perform(
            post("/api/v1/orders")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"type\":\"transfer\",\"domain\":\"-bad-.com\",\"customerId\":999999999}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(jsonPath("$.fields[*].field", hasItem("domain")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("customerId")))
        .andExpect(jsonPath("$.fields[*].field", hasItem("authCode")));
    mvc.perform(get("/api/v1/orders").param("status", "bogus").header("Authorization", token))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0].field").value("status"));
    mvc.perform(get("/api/v1/orders/{id}", 987654321).header("Authorization", token))
        .andExpect(status().isNotFound());

    assertThat(orders.list(null, null, null, PageRequest.first()).totalItems()).isEqualTo(before);
  }

  @Test
  void theAuthCodeIsNeverReturned() throws Exception {
    String token = "Bearer " + tokens.create("orders-code", "test").secret();
    Customer customer = OrderFixture.customer(customers, "Apicode");
    String name = TestDomains.unique("apicode") + ".com";
    String code = "S3cret-" + TestDomains.unique("c");
    sandbox.addForeignDomain(name, code);

    mvc.perform(
            post("/api/v1/orders")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"type\":\"transfer\",\"domain\":\""
                        + name
                        + "\",\"customerId\":"
                        + customer.id()
                        + ",\"authCode\":\""
                        + code
                        + "\",\"fields\":"
                        + json.writeValueAsString(
                            new OrderFixture(orders, scheduler, sandbox, clock)
                                .requiredFields(name))
                        + "}"))
        .andExpect(status().isCreated())
        .andExpect(content().string(not(org.hamcrest.Matchers.containsString(code))));
    mvc.perform(get("/api/v1/orders").param("domain", name).header("Authorization", token))
        .andExpect(content().string(not(org.hamcrest.Matchers.containsString(code))));
  }
}
