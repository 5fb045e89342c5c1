package org.regdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.OneTimePassword;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a browser gets when things go wrong, through the real servlet container. */
class ErrorPagesTest extends WebTestSupport {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;

  @Autowired ApiTokens tokens;

  @Test
  void anUnknownPageIsA404PageInTheLayout() throws Exception {
    HttpClient browser = signedInBrowser();

    HttpResponse<String> page = browser.send(request("/admin/nope/deeper").build(), text());

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Page not found").contains("class=\"topbar\"");
  }

  @Test
  void aFailingScreenShowsA500PageWithoutTheStackTrace() throws Exception {
    HttpClient browser = signedInBrowser();

    HttpResponse<String> page = browser.send(request("/admin/test-failure").build(), text());

    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body())
        .contains("<h1>Something went wrong</h1>")
        .contains("class=\"topbar\"")
        .doesNotContain("secret internal detail")
        .doesNotContain("IllegalStateException")
        .doesNotContain("at org.");
  }

  @Test
  void aFailingApiCallIsJsonWithoutDetails() throws Exception {
    String token = tokens.create("error-test", "test").secret();

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                request("/api/v1/test-failure").header("Authorization", "Bearer " + token).build(),
                text());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body())
        .contains("\"error\":\"internal_error\"")
        .doesNotContain("secret internal detail");
  }

  @Test
  void anUnknownApiPathIsJson404() throws Exception {
    String token = tokens.create("error-test-404", "test").secret();

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                request("/api/v1/nothing").header("Authorization", "Bearer " + token).build(),
                text());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"error\":\"not_found\"");
  }

  private HttpClient signedInBrowser() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    OneTimePassword user = newUser(Role.ADMIN);
    String chosen = "correct horse battery staple";
    post(browser, "/login", "username=" + user.username() + "&password=" + enc(user.password()));
    post(
        browser,
        "/account/password",
        "currentPassword="
            + enc(user.password())
            + "&newPassword="
            + enc(chosen)
            + "&confirmPassword="
            + enc(chosen));
    HttpResponse<String> dashboard = browser.send(request("/admin").build(), text());
    assertThat(dashboard.statusCode()).isEqualTo(200);
    return browser;
  }

  private void post(HttpClient browser, String path, String form) throws Exception {
    String formPage = path.equals("/login") ? "/login" : path;
    HttpResponse<String> page = browser.send(request(formPage).build(), text());
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).as("CSRF field on " + formPage).isTrue();
    HttpResponse<String> response =
        browser.send(
            request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1))))
                .build(),
            text());
    assertThat(response.statusCode()).as("POST " + path).isEqualTo(302);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private static HttpResponse.BodyHandler<String> text() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
