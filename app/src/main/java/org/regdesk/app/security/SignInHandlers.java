package org.regdesk.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Where the browser goes after a sign-in attempt. */
final class SignInHandlers {

  private SignInHandlers() {}

  /**
   * After a good password: the password page for a one-time password, else the page the user asked
   * for, else the home of their role.
   */
  static AuthenticationSuccessHandler success(UserAccounts accounts) {
    SavedRequestAwareAuthenticationSuccessHandler saved =
        new SavedRequestAwareAuthenticationSuccessHandler();
    saved.setDefaultTargetUrl("/");
    return (HttpServletRequest request, HttpServletResponse response, Authentication auth) -> {
      boolean oneTime =
          accounts.find(auth.getName()).map(UserAccount::mustChangePassword).orElse(false);
      if (oneTime) {
        PasswordChangeRequired.require(request);
        response.sendRedirect(request.getContextPath() + PasswordChangeRequired.PAGE);
        return;
      }
      saved.onAuthenticationSuccess(request, response, auth);
    };
  }

  /** After a refusal: the sign-in page, saying whether the account is locked for a while. */
  static AuthenticationFailureHandler failure() {
    return (HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationException exception) -> {
      String query =
          exception instanceof LoginThrottledException throttled
              ? "locked=" + throttled.minutesRemaining()
              : "error";
      response.sendRedirect(request.getContextPath() + "/login?" + query);
    };
  }
}
