package org.regdesk.app.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Beans of {@link DeskWebTest}: the test clock and the recording console. */
@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

  /**
   * The clock tests move.
   *
   * @return the clock
   */
  @Bean
  @Primary
  public MutableClock testClock() {
    return new MutableClock();
  }

  /**
   * The terminal tests read.
   *
   * @return the console
   */
  @Bean
  @Primary
  public RecordingConsole testConsole() {
    return new RecordingConsole();
  }

  /**
   * Throws from a screen and from the API, to see what users get then. Found by component scan (it
   * lives under {@code org.regdesk.app}), so it exists in every test context.
   */
  @RestController
  public static class Failing {

    /**
     * A screen that breaks.
     *
     * @return never
     */
    @GetMapping("/admin/test-failure")
    public ResponseEntity<String> screen() {
      throw new IllegalStateException("secret internal detail");
    }

    /**
     * An API call that breaks.
     *
     * @return never
     */
    @GetMapping("/api/v1/test-failure")
    public ResponseEntity<String> api() {
      throw new IllegalStateException("secret internal detail");
    }
  }
}
