package org.regdesk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.order.Order;
import org.regdesk.app.order.OrderFixture;
import org.regdesk.app.order.OrderStatus;
import org.regdesk.app.order.Orders;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The issue's promise, in a real browser on the demo desk: an administrator finds a customer,
 * places a register order in the panel, and once the registry has activated the name (the sandbox's
 * clock moved on) the domain's page shows it active with its expiry.
 */
class OrderInBrowserTest extends BrowserTestSupport {

  @Autowired Orders orders;
  @Autowired Customers customers;
  @Autowired Domains domains;
  @Autowired Scheduler scheduler;
  @Autowired Sandbox sandbox;

  @Test
  void anOrderPlacedInThePanelEndsActiveWithItsExpiryOnTheDomainPage() {
    OrderFixture fixture = new OrderFixture(orders, scheduler, sandbox, clock);
    String lastName = "Browserbuyer" + TestDomains.unique("x").replace("-", "");
    Customer customer = OrderFixture.customer(customers, lastName);
    String name = TestDomains.unique("browser") + ".com";
    signInAsNewAdmin();

    browser.get(url("/admin/orders/new"));
    browser.findElement(By.id("customerSearch")).sendKeys(lastName);
    WebElement before = browser.findElement(By.tagName("main"));
    browser.findElement(By.xpath("//button[.='Find']")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    Select customerList = new Select(browser.findElement(By.id("customerId")));
    assertThat(customerList.getOptions()).extracting(WebElement::getText).hasSize(2);
    customerList.selectByValue(Long.toString(customer.id()));
    new Select(browser.findElement(By.id("type"))).selectByValue("register");
    browser.findElement(By.id("domain")).sendKeys(name);
    before = browser.findElement(By.tagName("main"));
    browser.findElement(By.xpath("//button[.=\"Show the TLD's fields\"]")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    assertThat(browser.findElement(By.id("domain")).getAttribute("value")).isEqualTo(name);
    for (Map.Entry<String, String> field : fixture.requiredFields(name).entrySet()) {
      WebElement input = browser.findElement(By.name("fields[" + field.getKey() + "]"));
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].value = arguments[1]", input, field.getValue());
    }
    WebElement years = browser.findElement(By.id("years"));
    years.clear();
    years.sendKeys("1");
    before = browser.findElement(By.tagName("main"));
    browser.findElement(By.cssSelector("main form button.primary")).click();
    wait.until(ExpectedConditions.stalenessOf(before));

    wait.until(ExpectedConditions.urlMatches("/admin/orders/\\d+$"));
    String url = browser.getCurrentUrl();
    long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(name);

    fixture.awaitSubmitted(id);
    fixture.activate(orders.get(id));
    Order done = fixture.awaitStatus(id, OrderStatus.DONE);
    String expiry = domains.getByName(name).expiresOn().orElseThrow().toString();
    assertThat(fixture.created(name)).isEqualTo(1);

    browser.get(url("/admin/domains/" + done.domainId()));
    String page =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText();
    assertThat(page).contains(name).contains("Active").contains(expiry).contains("#" + id);
  }
}
