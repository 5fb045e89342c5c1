package org.regdesk.app.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
public class LoginController {

  /**
   * Shows the sign-in form, or sends a signed-in user home.
   *
   * @param authentication the current user, if any
   * @param locked minutes the account stays locked after too many failures, if it is
   * @param model the model
   * @return the view
   */
  @GetMapping("/login")
  public String login(
      Authentication authentication,
      @RequestParam(name = "locked", required = false) Integer locked,
      Model model) {
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/";
    }
    if (locked != null && locked > 0) {
      model.addAttribute("lockedMinutes", locked);
    }
    return "login";
  }
}
