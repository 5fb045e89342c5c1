package org.regdesk.app.web;

import org.regdesk.app.ConflictException;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Service errors that a screen controller did not handle itself, as pages in the layout: a missing
 * record is a 404 page, a conflict or invalid input a page with the message. Forms catch {@link
 * ValidationException} themselves to show it next to the fields ({@link FormErrors}). API
 * controllers are answered by {@code web.api.ApiExceptionHandler}, which comes first.
 */
@ControllerAdvice(basePackageClasses = ScreenExceptionHandler.class)
public class ScreenExceptionHandler {

  /**
   * A missing record.
   *
   * @param missing the error
   * @return the 404 page
   */
  @ExceptionHandler(NotFoundException.class)
  public ModelAndView notFound(NotFoundException missing) {
    return page("error/404", HttpStatus.NOT_FOUND, missing.getMessage());
  }

  /**
   * A clash with stored data.
   *
   * @param conflict the error
   * @return an error page with the message
   */
  @ExceptionHandler(ConflictException.class)
  public ModelAndView conflict(ConflictException conflict) {
    return page("error/error", HttpStatus.CONFLICT, conflict.getMessage());
  }

  /**
   * Invalid input a form did not catch.
   *
   * @param invalid the error
   * @return an error page listing the fields
   */
  @ExceptionHandler(ValidationException.class)
  public ModelAndView invalid(ValidationException invalid) {
    return page("error/error", HttpStatus.BAD_REQUEST, invalid.getMessage());
  }

  private static ModelAndView page(String view, HttpStatus status, String message) {
    ModelAndView page = new ModelAndView(view, status);
    page.addObject("status", status.value());
    page.addObject("reason", status.getReasonPhrase());
    page.addObject("message", message);
    return page;
  }
}
