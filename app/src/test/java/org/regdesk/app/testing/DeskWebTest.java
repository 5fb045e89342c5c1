package org.regdesk.app.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context of controller and API tests: the whole desk with MockMvc and a real server
 * on a random port (for what only a servlet container does, such as error pages), an in-memory H2
 * database, demo mode on (a small sandbox), a {@link MutableClock} and a {@link RecordingConsole}.
 * Every test class that uses exactly this annotation (and nothing that changes the context) shares
 * one started context, which keeps the suite fast: do not add {@code @MockitoBean},
 * {@code @TestPropertySource} or other context-changing annotations to a test class.
 *
 * <p>The context's data lives as long as the test run: create your own users and records with
 * unique names, and reset what you change (the clock: {@link WebTestSupport}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:desk-web;DB_CLOSE_DELAY=-1" + TestDatabase.H2_SETTINGS,
      "regdesk.data-dir=target/test-data/web",
      "regdesk.sandbox.enabled=true",
      "regdesk.sandbox.seed-domains=3",
      "regdesk.jobs.polling-interval=100ms",
      "regdesk.mail.staff=staff@regdesk.test",
      "logging.level.org.regdesk.dondominio=WARN"
    })
@AutoConfigureMockMvc
@Import(TestBeans.class)
public @interface DeskWebTest {}
