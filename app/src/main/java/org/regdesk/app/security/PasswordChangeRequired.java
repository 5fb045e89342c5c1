package org.regdesk.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who signed in with a one-time password on the password page until they choose their
 * own. Marked in the session at sign-in; cleared when the password is changed.
 */
public final class PasswordChangeRequired extends OncePerRequestFilter {

  /** The page where the password is changed. */
  public static final String PAGE = "/account/password";

  private static final String ATTRIBUTE = PasswordChangeRequired.class.getName();

  /**
   * Marks the session: the next pages all lead to the password page.
   *
   * @param request the sign-in request
   */
  public static void require(HttpServletRequest request) {
    request.getSession(true).setAttribute(ATTRIBUTE, Boolean.TRUE);
  }

  /**
   * Clears the mark after the password was changed.
   *
   * @param request the request that changed it
   */
  public static void satisfied(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(ATTRIBUTE) != null && !allowed(request)) {
      String target = request.getContextPath() + PAGE;
      if (request.getHeader("HX-Request") != null) {
        response.setHeader("HX-Redirect", target);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      } else {
        response.sendRedirect(target);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean allowed(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(PAGE)
        || path.equals("/logout")
        || path.equals("/error")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/webjars/");
  }
}
