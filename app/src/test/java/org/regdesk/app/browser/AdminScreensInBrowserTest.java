package org.regdesk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator in a real browser: first sign-in with the one-time password, the forced password
 * change, then every screen of the navigation, each answering with its own heading under the
 * SANDBOX banner and without a script error.
 */
class AdminScreensInBrowserTest extends BrowserTestSupport {

  @Test
  void anAdministratorSignsInChangesThePasswordAndReachesEveryScreen() {
    signInAsNewAdmin();
    browser.get(url("/admin"));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
    assertThat(browser.findElement(By.className("sandbox-banner")).getText()).contains("SANDBOX");

    browser.findElement(By.cssSelector("nav details.menu summary")).click();
    Map<String, String> screens = new LinkedHashMap<>();
    for (WebElement link : browser.findElements(By.cssSelector("nav a[href^='/admin']"))) {
      assertThat(link.isDisplayed()).as(link.getText()).isTrue();
      screens.put(link.getText(), link.getAttribute("href"));
    }
    assertThat(screens.keySet())
        .contains(
            "Domains",
            "Customers",
            "Orders",
            "Jobs",
            "Mail",
            "Plugins › Registrars",
            "Products",
            "Custom Fields",
            "API tokens");

    for (Map.Entry<String, String> screen : screens.entrySet()) {
      browser.get(screen.getValue());
      WebElement heading =
          wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      assertThat(heading.getText()).as(screen.getKey()).isNotBlank();
      assertThat(browser.findElement(By.tagName("main")).getText())
          .as(screen.getKey())
          .doesNotContain("Coming soon");
      assertThat(browser.getTitle()).as(screen.getKey()).doesNotContainIgnoringCase("error");
      assertThat(browser.findElements(By.className("sandbox-banner")))
          .as(screen.getKey())
          .hasSize(1);
    }
  }

  @Test
  void testConnectionOnTheRegistrarScreenAnswersInPlace() {
    signInAsNewAdmin();
    browser.get(url("/admin/settings/registrars"));
    List<WebElement> buttons =
        browser.findElements(By.xpath("//button[contains(., 'Test connection')]"));
    assertThat(buttons).isNotEmpty();
    String before = browser.getCurrentUrl();

    buttons.get(0).click();

    wait.until(
        ExpectedConditions.textMatches(
            By.tagName("main"), java.util.regex.Pattern.compile("(?i)balance")));
    assertThat(browser.getCurrentUrl()).isEqualTo(before);
  }
}
