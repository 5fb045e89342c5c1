package org.regdesk.app.web;

import org.regdesk.app.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /} leads to the home of the user's role. */
@Controller
public class HomeController {

  /**
   * Redirects by role.
   *
   * @param authentication the signed-in user
   * @return the redirect
   */
  @GetMapping("/")
  public String home(Authentication authentication) {
    return "redirect:" + homeOf(authentication);
  }

  /**
   * The start page of a user's role.
   *
   * @param authentication the signed-in user
   * @return {@code /admin} for staff, {@code /client} for customers
   */
  public static String homeOf(Authentication authentication) {
    boolean admin =
        authentication.getAuthorities().stream()
            .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    return admin ? "/admin" : "/client";
  }
}
