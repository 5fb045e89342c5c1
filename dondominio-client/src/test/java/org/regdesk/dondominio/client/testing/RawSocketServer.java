package org.regdesk.dondominio.client.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP server that misbehaves on purpose: it reads each HTTP request completely (and
 * counts it), then resets the connection, closes it silently, answers garbage, or never answers.
 */
public final class RawSocketServer implements AutoCloseable {
  /** What to do after reading a request. */
  public enum Behaviour {
    /** Abort the connection with a TCP reset. */
    RESET,
    /** Close the connection without answering. */
    CLOSE_SILENTLY,
    /** Answer bytes that are not HTTP. */
    GARBAGE,
    /** Keep the connection open and never answer. */
    NEVER_ANSWER
  }

  private final ServerSocket socket;
  private final Behaviour behaviour;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<Socket> held = new ArrayList<>();
  private final Thread acceptor;

  /** Starts the server. */
  public RawSocketServer(Behaviour behaviour) {
    this.behaviour = behaviour;
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = new Thread(this::acceptLoop, "raw-socket-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  /** Complete requests read so far. */
  public int requestCount() {
    return requests.get();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        serve(client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) throws IOException {
    readRequest(client.getInputStream());
    requests.incrementAndGet();
    switch (behaviour) {
      case RESET:
        client.setSoLinger(true, 0);
        client.close();
        break;
      case CLOSE_SILENTLY:
        client.shutdownOutput();
        client.close();
        break;
      case GARBAGE:
        client
            .getOutputStream()
            .write("%%% not http at all %%%\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
        client.close();
        break;
      case NEVER_ANSWER:
        synchronized (held) {
          held.add(client);
        }
        break;
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    int length = 0;
    for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    in.readNBytes(length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    synchronized (held) {
      for (Socket s : held) {
        s.close();
      }
    }
  }
}
