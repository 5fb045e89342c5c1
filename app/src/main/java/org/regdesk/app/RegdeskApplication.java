package org.regdesk.app;

import java.util.Arrays;
import java.util.Map;
import org.regdesk.app.security.AdminCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the desk, or with {@code admin ...} as arguments runs the admin command line without the
 * web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegdeskApplication {

  /**
   * The entry point.
   *
   * @param args {@code admin <command> --username U}, or Spring Boot options for the web desk
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("admin")) {
      int status =
          new AdminCommandLine(System.out, System.err, Map.of())
              .run(Arrays.asList(args).subList(1, args.length));
      System.exit(status);
    }
    SpringApplication.run(RegdeskApplication.class, args);
  }
}
