package org.regdesk.app.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link ApiError} bodies from filters, where no controller advice runs: 401 without or with
 * a bad token, 403 without the role.
 */
@Component
public class ApiErrorWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final JsonMapper json;

  /**
   * Creates the writer.
   *
   * @param json the desk's JSON mapper
   */
  public ApiErrorWriter(JsonMapper json) {
    this.json = json;
  }

  /**
   * Writes an error response.
   *
   * @param response the response
   * @param status the HTTP status
   * @param body the error
   * @throws IOException when the client went away
   */
  public void write(HttpServletResponse response, int status, ApiError body) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.getWriter().write(json.writeValueAsString(body));
  }

  @Override
  public void commence(
      jakarta.servlet.http.HttpServletRequest request,
      HttpServletResponse response,
      AuthenticationException authException)
      throws IOException {
    write(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        ApiError.of(
            "unauthorized",
            "authentication required: send an admin API token as 'Authorization: Bearer <token>'"));
  }

  @Override
  public void handle(
      jakarta.servlet.http.HttpServletRequest request,
      HttpServletResponse response,
      AccessDeniedException accessDeniedException)
      throws IOException {
    write(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        ApiError.of("forbidden", "this token may not use this resource"));
  }
}
