package org.regdesk.app.web.api;

import java.util.List;
import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.web.api.ApiError.ApiFieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one mapping table from failures to {@link ApiError} for API controllers. Features throw
 * {@link ValidationException}, {@link NotFoundException} or {@link ConflictException} from their
 * services; nothing else needs mapping.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><th>failure</th><th>status</th><th>error</th></tr>
 *   <tr><td>ValidationException, bean validation, bad or missing parameter</td><td>400</td>
 *       <td>validation_failed</td></tr>
 *   <tr><td>unreadable body</td><td>400</td><td>malformed_request</td></tr>
 *   <tr><td>AccessDeniedException</td><td>403</td><td>forbidden</td></tr>
 *   <tr><td>NotFoundException</td><td>404</td><td>not_found</td></tr>
 *   <tr><td>wrong method</td><td>405</td><td>method_not_allowed</td></tr>
 *   <tr><td>ConflictException</td><td>409</td><td>conflict</td></tr>
 *   <tr><td>wrong content type</td><td>415</td><td>unsupported_media_type</td></tr>
 *   <tr><td>anything else</td><td>500</td><td>internal_error (details only in the log)</td></tr>
 * </table>
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /**
   * Invalid input from a service.
   *
   * @param invalid the error
   * @return 400
   */
  @ExceptionHandler(ValidationException.class)
  public ResponseEntity<ApiError> invalid(ValidationException invalid) {
    return validationFailed(
        invalid.errors().stream().map(e -> new ApiFieldError(e.field(), e.message())).toList());
  }

  /**
   * Bean validation of a request body ({@code @Valid}).
   *
   * @param invalid the error
   * @return 400
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException invalid) {
    return validationFailed(
        invalid.getBindingResult().getFieldErrors().stream()
            .map(e -> new ApiFieldError(e.getField(), String.valueOf(e.getDefaultMessage())))
            .toList());
  }

  /**
   * A parameter of the wrong type, e.g. {@code ?page=x}.
   *
   * @param mismatch the error
   * @return 400
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
    Class<?> type = mismatch.getRequiredType();
    String expected = type == null ? "a valid value" : "a valid " + type.getSimpleName();
    return validationFailed(List.of(new ApiFieldError(mismatch.getName(), "must be " + expected)));
  }

  /**
   * A required parameter is missing.
   *
   * @param missing the error
   * @return 400
   */
  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ResponseEntity<ApiError> missing(MissingServletRequestParameterException missing) {
    return validationFailed(List.of(new ApiFieldError(missing.getParameterName(), "is required")));
  }

  /**
   * A body that is not the JSON expected.
   *
   * @param unreadable the error
   * @return 400
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException unreadable) {
    return respond(
        HttpStatus.BAD_REQUEST,
        ApiError.of("malformed_request", "the request body is missing or is not valid JSON"));
  }

  /**
   * Refused by a method-level rule.
   *
   * @param denied the error
   * @return 403
   */
  @ExceptionHandler(AccessDeniedException.class)
  public ResponseEntity<ApiError> denied(AccessDeniedException denied) {
    return respond(HttpStatus.FORBIDDEN, ApiError.of("forbidden", "not allowed"));
  }

  /**
   * A missing record.
   *
   * @param missing the error
   * @return 404
   */
  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<ApiError> notFound(NotFoundException missing) {
    return respond(HttpStatus.NOT_FOUND, ApiError.of("not_found", missing.getMessage()));
  }

  /**
   * An unknown path under {@code /api}.
   *
   * @param missing the error
   * @return 404
   */
  @ExceptionHandler(NoResourceFoundException.class)
  public ResponseEntity<ApiError> noResource(NoResourceFoundException missing) {
    return respond(HttpStatus.NOT_FOUND, ApiError.of("not_found", "no such resource"));
  }

  /**
   * A clash with stored data.
   *
   * @param conflict the error
   * @return 409
   */
  @ExceptionHandler(ConflictException.class)
  public ResponseEntity<ApiError> conflict(ConflictException conflict) {
    return respond(HttpStatus.CONFLICT, ApiError.of("conflict", conflict.getMessage()));
  }

  /**
   * A method the resource does not offer.
   *
   * @param wrong the error
   * @return 405
   */
  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException wrong) {
    return respond(
        HttpStatus.METHOD_NOT_ALLOWED,
        ApiError.of("method_not_allowed", wrong.getMethod() + " is not allowed here"));
  }

  /**
   * A body in a format other than JSON.
   *
   * @param wrong the error
   * @return 415
   */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException wrong) {
    return respond(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        ApiError.of("unsupported_media_type", "send the body as application/json"));
  }

  /**
   * Anything unexpected: logged here, never shown.
   *
   * @param unexpected the error
   * @return 500
   */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<ApiError> unexpected(Exception unexpected) {
    LOG.error("API call failed", unexpected);
    return respond(
        HttpStatus.INTERNAL_SERVER_ERROR,
        ApiError.of("internal_error", "unexpected error; the desk's log has the details"));
  }

  private static ResponseEntity<ApiError> validationFailed(List<ApiFieldError> fields) {
    String message =
        fields.size() == 1 ? "1 field is invalid" : fields.size() + " fields are invalid";
    return respond(HttpStatus.BAD_REQUEST, new ApiError("validation_failed", message, fields));
  }

  private static ResponseEntity<ApiError> respond(HttpStatus status, ApiError body) {
    return ResponseEntity.status(status).body(body);
  }
}
