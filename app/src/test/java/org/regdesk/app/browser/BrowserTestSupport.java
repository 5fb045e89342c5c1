package org.regdesk.app.browser;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Value;

/**
 * A headless Chromium per test against the shared test desk's real server, and the first sign-in of
 * a new administrator.
 */
abstract class BrowserTestSupport extends WebTestSupport {

  @Value("${local.server.port}")
  int port;

  @TempDir Path profile;

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.start(profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Signs in with a new administrator's one-time password and sets a password of their own. */
  void signInAsNewAdmin() {
    var admin = newUser(Role.ADMIN);
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(admin.username());
    browser.findElement(By.id("password")).sendKeys(admin.password());
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    wait.until(ExpectedConditions.urlContains("/account/password"));
    String own = "Browser-tested passphrase 42";
    browser.findElement(By.id("currentPassword")).sendKeys(admin.password());
    browser.findElement(By.id("newPassword")).sendKeys(own);
    browser.findElement(By.id("confirmPassword")).sendKeys(own);
    browser.findElement(By.cssSelector("main button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
  }
}
