package org.regdesk.app.reliability;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.regdesk.app.RegdeskApplication;
import org.regdesk.app.security.ApiTokens;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issues an admin API token for a desk before it starts, the way {@code ./regdesk admin} reaches
 * the database: the desk without its web server, on the same database and data directory (which
 * also migrates a new database). The token is then all the tests use: everything else goes through
 * the REST API.
 */
final class ApiTokenIssuer {

  private ApiTokenIssuer() {}

  static String issue(DeskDatabase database, Path dataDir) {
    Map<String, Object> settings = new HashMap<>(database.settings());
    settings.put("regdesk.data-dir", dataDir.toAbsolutePath().toString());
    settings.put("regdesk.sandbox.enabled", "false");
    settings.put("regdesk.registrars.plugin-dir", dataDir.resolve("no-plugins").toString());
    settings.put("logging.level.root", "WARN");
    settings.put("logging.level.org.flywaydb", "ERROR");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(RegdeskApplication.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(
                settings.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new))) {
      return context.getBean(ApiTokens.class).create("reliability tests", "tests").secret();
    }
  }
}
