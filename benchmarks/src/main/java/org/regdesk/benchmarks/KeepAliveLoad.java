package org.regdesk.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP/1.1 load generator: N threads, each on its own keep-alive connection, each
 * sending the next POST as soon as the previous answer is read. Deliberately minimal (raw sockets,
 * no client library) so that the measurement is the server's, not the generator's.
 */
final class KeepAliveLoad {

  /** The outcome of one run: requests answered, elapsed time and per-request latencies. */
  record Result(int connections, long requests, Duration elapsed, long[] latenciesNanos) {
    double requestsPerSecond() {
      return requests / (elapsed.toNanos() / 1e9);
    }

    double percentileMillis(double p) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1e6;
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "%d connections: %,d requests in %.1f s = %,.0f req/s; latency p50 %.2f ms, p99 %.2f ms",
          connections,
          requests,
          elapsed.toNanos() / 1e9,
          requestsPerSecond(),
          percentileMillis(50),
          percentileMillis(99));
    }
  }

  private final URI uri;
  private final IntFunction<String> bodyForRequest;

  /**
   * @param uri the endpoint, {@code http://host:port/path}
   * @param bodyForRequest the urlencoded body of the i-th request of a connection
   */
  KeepAliveLoad(URI uri, IntFunction<String> bodyForRequest) {
    this.uri = uri;
    this.bodyForRequest = bodyForRequest;
  }

  /** Runs {@code warmup} then measures for {@code duration} with {@code connections} threads. */
  Result run(int connections, Duration warmup, Duration duration) throws InterruptedException {
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    List<long[]> perThread = new ArrayList<>();
    long[] counts = new long[connections];
    CountDownLatch done = new CountDownLatch(connections);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      int slot = t;
      long[] latencies = new long[4_000_000 / connections];
      perThread.add(latencies);
      Thread thread =
          new Thread(
              () -> {
                try {
                  loop(slot, latencies, counts, measuring, stop);
                } catch (IOException e) {
                  throw new IllegalStateException("load connection failed", e);
                } finally {
                  done.countDown();
                }
              },
              "load-" + t);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    Thread.sleep(warmup.toMillis());
    long start = System.nanoTime();
    measuring.set(true);
    Thread.sleep(duration.toMillis());
    measuring.set(false);
    long elapsed = System.nanoTime() - start;
    stop.set(true);
    done.await();
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    long[] all = new long[(int) Math.min(Integer.MAX_VALUE, total)];
    int pos = 0;
    for (int t = 0; t < connections; t++) {
      int n = (int) Math.min(counts[t], perThread.get(t).length);
      System.arraycopy(perThread.get(t), 0, all, pos, n);
      pos += n;
    }
    return new Result(connections, total, Duration.ofNanos(elapsed), Arrays.copyOf(all, pos));
  }

  private void loop(
      int slot, long[] latencies, long[] counts, AtomicBoolean measuring, AtomicBoolean stop)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
      int i = 0;
      while (!stop.get()) {
        byte[] request = request(bodyForRequest.apply(i++));
        long t0 = System.nanoTime();
        out.write(request);
        out.flush();
        readResponse(in);
        long t1 = System.nanoTime();
        if (measuring.get()) {
          int n = (int) counts[slot];
          if (n < latencies.length) {
            latencies[n] = t1 - t0;
          }
          counts[slot]++;
        }
      }
    }
  }

  private byte[] request(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + uri.getRawPath()
            + " HTTP/1.1\r\nHost: "
            + uri.getHost()
            + ":"
            + uri.getPort()
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + bytes.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(headBytes, headBytes.length + bytes.length);
    System.arraycopy(bytes, 0, all, headBytes.length, bytes.length);
    return all;
  }

  /** Reads one response with a Content-Length or chunked body; fails on anything but 200. */
  static byte[] readResponse(InputStream in) throws IOException {
    String status = readLine(in);
    if (!status.startsWith("HTTP/1.1 200")) {
      throw new IOException("unexpected status: " + status);
    }
    long length = -1;
    boolean chunked = false;
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      while (true) {
        int size = Integer.parseInt(readLine(in).trim(), 16);
        if (size == 0) {
          readLine(in);
          break;
        }
        body.write(in.readNBytes(size));
        readLine(in);
      }
    } else if (length >= 0) {
      body.write(in.readNBytes((int) length));
    } else {
      throw new IOException("response without length on a keep-alive connection");
    }
    return body.toByteArray();
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    if (c == -1 && line.length() == 0) {
      throw new IOException("connection closed");
    }
    return line.toString();
  }
}
