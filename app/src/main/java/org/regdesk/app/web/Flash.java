package org.regdesk.app.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages shown once on the page after a redirect (post/redirect/get). The layout renders them at
 * the top of every page.
 */
public final class Flash {

  /** Model key of a success message. */
  public static final String SUCCESS = "flashSuccess";

  /** Model key of an error message. */
  public static final String ERROR = "flashError";

  private Flash() {}

  /**
   * Shows a success message on the next page.
   *
   * @param redirect the redirect attributes of the handler
   * @param message the message
   */
  public static void success(RedirectAttributes redirect, String message) {
    redirect.addFlashAttribute(SUCCESS, message);
  }

  /**
   * Shows an error message on the next page.
   *
   * @param redirect the redirect attributes of the handler
   * @param message the message
   */
  public static void error(RedirectAttributes redirect, String message) {
    redirect.addFlashAttribute(ERROR, message);
  }
}
