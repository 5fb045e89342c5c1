package org.regdesk.registrar.dondominio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;
import org.regdesk.dondominio.sandbox.engine.SandboxClock;
import org.regdesk.dondominio.sandbox.http.Fault;
import org.regdesk.registrar.dondominio.support.People;
import org.regdesk.registrar.dondominio.support.RecordingAudit;
import org.regdesk.registrar.dondominio.support.TestRegistrars;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.operation.Availability;
import org.regdesk.registrar.spi.operation.ProvisioningResult;
import org.regdesk.registrar.spi.operation.RegisterRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Period;

/**
 * A customer checks a name while another order for it is on its way to DonDominio: that check sees
 * the name free, and its answer must not outlive the registration in the availability cache. The
 * sandbox holds the create on a gate (a latency fault whose wait the test controls), so the
 * interleaving is exact, without timing.
 */
class CheckDuringRegistrationTest {

  private static final Duration HELD = Duration.ofMillis(1);
  private static final long SAFETY_SECONDS = 10;

  private static volatile CountDownLatch createHeld = new CountDownLatch(1);
  private static volatile CountDownLatch releaseCreate = new CountDownLatch(1);

  /** Only the create's latency fault waits; it waits for the test, not for time. */
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder()
          .clock(SandboxClock.fixed(Instant.parse("2026-03-02T10:00:00Z")))
          .configure(
              builder ->
                  builder.sleeper(
                      delay -> {
                        if (delay.equals(HELD)) {
                          createHeld.countDown();
                          releaseCreate.await(SAFETY_SECONDS, TimeUnit.SECONDS);
                        }
                      }))
          .build();

  private final ExecutorService orders = Executors.newSingleThreadExecutor();
  private Sandbox sandbox;
  private Registrar registrar;

  @BeforeEach
  void start() {
    createHeld = new CountDownLatch(1);
    releaseCreate = new CountDownLatch(1);
    sandbox = SANDBOX.get();
    registrar = TestRegistrars.create(sandbox, new RecordingAudit());
  }

  @AfterEach
  void stop() {
    releaseCreate.countDown();
    orders.shutdownNow();
    registrar.close();
  }

  @Test
  void a_name_checked_while_its_registration_is_on_the_way_is_registered_afterwards()
      throws Exception {
    DomainName name = DomainName.of("corner-bakery", "com");
    RegisterRequest order =
        RegisterRequest.builder(name, Period.ofYears(1), People.all(People.ana())).build();
    sandbox.fault(Fault.latency("domain/create", HELD));

    Future<ProvisioningResult> registering = orders.submit(() -> registrar.register(order));
    assertThat(createHeld.await(SAFETY_SECONDS, TimeUnit.SECONDS))
        .as("the create reached the sandbox")
        .isTrue();
    assertThat(registrar.checkAvailability(List.of(name)).get(0).availability())
        .as("checked before the create ran")
        .isEqualTo(Availability.AVAILABLE);
    releaseCreate.countDown();
    registering.get(SAFETY_SECONDS, TimeUnit.SECONDS);

    assertThat(registrar.checkAvailability(List.of(name)).get(0).availability())
        .isEqualTo(Availability.REGISTERED);
  }
}
