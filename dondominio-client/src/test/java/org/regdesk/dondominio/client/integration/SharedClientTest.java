package org.regdesk.dondominio.client.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.callsOf;
import static org.regdesk.dondominio.client.testing.SandboxFixtures.clientFor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.domain.DomainCheckRequest;
import org.regdesk.dondominio.client.domain.DomainCheckResponse.Availability;
import org.regdesk.dondominio.client.testing.SandboxFixtures;
import org.regdesk.dondominio.client.value.DomainName;
import org.regdesk.dondominio.sandbox.Sandbox;
import org.regdesk.dondominio.sandbox.SandboxExtension;

/** One client shared by many threads, as the desk uses it. */
class SharedClientTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxFixtures.sandbox().build();

  private static final int THREADS = 8;
  private static final int CALLS_EACH = 25;

  private final Sandbox sandbox = SANDBOX.get();
  private final DonDominioClient client = clientFor(sandbox);

  @Test
  void concurrentCallsEachGetTheirOwnAnswer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  List<String> mismatches = new ArrayList<>();
                  for (int i = 0; i < CALLS_EACH; i++) {
                    DomainName asked = DomainName.of("regdesk-t" + thread + "-n" + i + ".com");
                    Availability answer =
                        client.call(new DomainCheckRequest(asked)).first().orElseThrow();
                    if (!answer.name().equals(asked)) {
                      mismatches.add(asked + " answered as " + answer.name());
                    }
                  }
                  return mismatches;
                }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(callsOf(sandbox, "domain/check")).hasSize(THREADS * CALLS_EACH);
  }
}
