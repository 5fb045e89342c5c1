package org.regdesk.dondominio.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's HTTP listener on the JDK's built-in server: paths under {@code /_sandbox/} go to
 * the control API, everything else to the API. Requests run on a fixed number of worker threads;
 * keep-alive connections wait in the server's selector, not on a thread.
 */
public final class SandboxHttpServer implements AutoCloseable {
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService workers;

  private SandboxHttpServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /**
   * Binds and starts serving.
   *
   * @param address port 0 picks a free port
   * @throws IOException when the address cannot be bound (e.g. the port is in use)
   */
  public static SandboxHttpServer start(
      InetSocketAddress address, int workerThreads, HttpHandler api, HttpHandler control)
      throws IOException {
    // Without TCP_NODELAY a keep-alive request waits ~40 ms for the delayed ACK. The JDK reads the
    // property once, when its first server starts, so it must be set before that.
    System.getProperties().putIfAbsent(NODELAY, "true");
    HttpServer server = HttpServer.create(address, 256);
    ExecutorService workers =
        new ThreadPoolExecutor(
            workerThreads,
            workerThreads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            new WorkerThreads(address.getPort()));
    server.setExecutor(workers);
    server.createContext("/", exchange -> dispatch(exchange, api, control));
    server.start();
    return new SandboxHttpServer(server, workers);
  }

  private static void dispatch(HttpExchange exchange, HttpHandler api, HttpHandler control)
      throws IOException {
    List<String> segments = ApiPath.segments(exchange.getRequestURI());
    if (!segments.isEmpty() && segments.get(0).equals(ApiPath.CONTROL_PREFIX)) {
      control.handle(exchange);
    } else {
      api.handle(exchange);
    }
  }

  /** The bound port (the real one when started with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The bound address. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops listening, closes every connection and interrupts calls still running. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();
    private final String prefix;

    WorkerThreads(int port) {
      this.prefix = "dondominio-sandbox-" + port + "-";
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
