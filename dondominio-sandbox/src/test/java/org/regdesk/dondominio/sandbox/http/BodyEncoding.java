package org.regdesk.dondominio.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The two body encodings the API accepts, as real clients produce them. */
enum BodyEncoding {
  /** What the Java client, Go and Elixir clients send. */
  URLENCODED {
    @Override
    String contentType() {
      return "application/x-www-form-urlencoded; charset=UTF-8";
    }

    @Override
    byte[] encode(Map<String, String> fields) {
      StringBuilder body = new StringBuilder();
      fields.forEach(
          (name, value) -> {
            if (body.length() > 0) {
              body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          });
      return body.toString().getBytes(StandardCharsets.US_ASCII);
    }
  },

  /** What PHP's cURL sends for an array of POST fields (the official SDK). */
  MULTIPART {
    static final String BOUNDARY = "------------------------d74496d66958873e";

    @Override
    String contentType() {
      return "multipart/form-data; boundary=" + BOUNDARY;
    }

    @Override
    byte[] encode(Map<String, String> fields) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      fields.forEach(
          (name, value) -> {
            write(body, "--" + BOUNDARY + "\r\n");
            write(body, "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(body, value);
            write(body, "\r\n");
          });
      write(body, "--" + BOUNDARY + "--\r\n");
      return body.toByteArray();
    }

    private void write(ByteArrayOutputStream out, String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  };

  abstract String contentType();

  abstract byte[] encode(Map<String, String> fields);
}
