package org.regdesk.dondominio.sandbox.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One plain HTTP/1.1 keep-alive connection on a socket, for tests that send many requests: what a
 * PHP or Go client does on the wire, without a client library's threads between the test and the
 * server. Reads responses framed by {@code Content-Length} (the sandbox always sends one) or
 * chunked.
 */
final class KeepAliveConnection implements AutoCloseable {
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAliveConnection(int port) {
    this.port = port;
  }

  Wire.Response post(String path, String contentType, byte[] body) {
    return exchange("POST", path, contentType, body);
  }

  Wire.Response get(String path) {
    return exchange("GET", path, null, new byte[0]);
  }

  private Wire.Response exchange(String method, String path, String contentType, byte[] body) {
    try {
      if (socket == null) {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
      }
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Host: 127.0.0.1:").append(port).append("\r\n");
      if (contentType != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
      }
      head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      request.writeBytes(body);
      out.write(request.toByteArray());
      out.flush();
      return read();
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    }
  }

  private Wire.Response read() throws IOException {
    String[] lines = Wire.readHead(in).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    String contentType = null;
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      switch (name) {
        case "content-type" -> contentType = value;
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    byte[] body;
    if (chunked) {
      body = readChunked();
    } else if (length >= 0) {
      body = in.readNBytes((int) length);
    } else {
      body = in.readAllBytes();
      close = true;
    }
    if (close) {
      close();
    }
    return new Wire.Response(status, contentType, body);
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line();
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        line();
        return body.toByteArray();
      }
      body.writeBytes(in.readNBytes(size));
      line();
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a test connection: nothing to do
      }
      socket = null;
    }
  }
}
