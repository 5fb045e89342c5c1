package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.regdesk.dondominio.sandbox.Sandbox;

/**
 * {@code tool/hello} throughput over 16 keep-alive connections. Timing-dependent, so it runs only
 * on request: {@code -Dregdesk.throughput=true}.
 */
@EnabledIfSystemProperty(named = "regdesk.throughput", matches = "true")
class HelloThroughputTest {
  private static final int CONNECTIONS = 16;
  private static final int REQUESTS_PER_CONNECTION = 4_000;

  @Test
  void hello_serves_at_least_5000_requests_per_second() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      byte[] body = BodyEncoding.URLENCODED.encode(Wire.credentials());
      byte[] request =
          ("POST /tool/hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  + BodyEncoding.URLENCODED.contentType()
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n"
                  + new String(body, StandardCharsets.US_ASCII))
              .getBytes(StandardCharsets.US_ASCII);

      run(sandbox.port(), request, 500); // warm-up
      long start = System.nanoTime();
      int done = run(sandbox.port(), request, REQUESTS_PER_CONNECTION);
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = done / seconds;
      System.out.printf(
          Locale.ROOT, "tool/hello: %d requests in %.2f s = %.0f req/s%n", done, seconds, rate);

      assertThat(rate).isGreaterThanOrEqualTo(5_000);
    }
  }

  private static int run(int port, byte[] request, int perConnection) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int c = 0; c < CONNECTIONS; c++) {
        Callable<Integer> client =
            () -> {
              try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream();
                InputStream in = new BufferedInputStream(socket.getInputStream());
                for (int i = 0; i < perConnection; i++) {
                  out.write(request);
                  out.flush();
                  readResponse(in);
                }
              }
              return perConnection;
            };
        results.add(pool.submit(client));
      }
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void readResponse(InputStream in) throws IOException {
    String head = Wire.readHead(in);
    int at = head.toLowerCase(Locale.ROOT).indexOf("content-length:");
    int end = head.indexOf('\r', at);
    int length = Integer.parseInt(head.substring(at + 15, end).strip());
    byte[] body = in.readNBytes(length);
    if (body.length != length || body[11] != 't') { // {"success":true
      throw new IOException("unexpected answer: " + new String(body, StandardCharsets.UTF_8));
    }
  }
}
