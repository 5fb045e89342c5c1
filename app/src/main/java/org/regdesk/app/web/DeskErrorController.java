package org.regdesk.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.regdesk.app.web.api.ApiError;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container (unknown paths, refused access, exceptions no
 * handler took): a page in the layout for screens, an {@link ApiError} for {@code /api/**}. Never a
 * stack trace.
 */
@Controller
public class DeskErrorController implements ErrorController {

  /**
   * Renders the error.
   *
   * @param request the failed request, as forwarded by the container
   * @return the page or the JSON body
   */
  @RequestMapping("/error")
  public Object error(HttpServletRequest request) {
    HttpStatus status = status(request);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_JSON)
          .body(apiError(status));
    }
    String view =
        switch (status.value()) {
          case 403, 404, 500 -> "error/" + status.value();
          default -> "error/error";
        };
    ModelAndView page = new ModelAndView(view, status);
    page.addObject("status", status.value());
    page.addObject("reason", status.getReasonPhrase());
    return page;
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer value) {
      HttpStatus status = HttpStatus.resolve(value);
      if (status != null) {
        return status;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private static ApiError apiError(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> ApiError.of("malformed_request", "the request could not be read");
      case UNAUTHORIZED -> ApiError.of("unauthorized", "authentication required");
      case FORBIDDEN -> ApiError.of("forbidden", "not allowed");
      case NOT_FOUND -> ApiError.of("not_found", "no such resource");
      case METHOD_NOT_ALLOWED -> ApiError.of("method_not_allowed", "method not allowed here");
      default ->
          status.is5xxServerError()
              ? ApiError.of("internal_error", "unexpected error; the desk's log has the details")
              : ApiError.of(
                  status.name().toLowerCase(java.util.Locale.ROOT), status.getReasonPhrase());
    };
  }
}
