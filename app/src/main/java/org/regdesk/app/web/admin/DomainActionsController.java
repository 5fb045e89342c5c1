package org.regdesk.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.regdesk.app.ConflictException;
import org.regdesk.app.ValidationException;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.action.ActionOutcome;
import org.regdesk.app.domain.action.DomainActions;
import org.regdesk.app.web.Flash;
import org.regdesk.registrar.spi.value.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Domains › one domain › Plugin actions: each action is a POST (with CSRF) whose result comes back
 * as a flash message on the domain page; a refusal shows the registrar's message. Revealing the
 * auth code answers with a page that shows it once and is not cached.
 */
@Controller
public class DomainActionsController {

  private final DomainActions actions;
  private final Domains domains;

  /**
   * Creates the controller.
   *
   * @param actions the Plugin actions service
   * @param domains the domains service
   */
  public DomainActionsController(DomainActions actions, Domains domains) {
    this.actions = actions;
    this.domains = domains;
  }

  /**
   * Runs a Plugin action.
   *
   * @param id the domain's id
   * @param action the action's id
   * @param params the form's inputs
   * @param model the model, for the auth code page
   * @param response the response, to forbid caching the auth code page
   * @param redirect the flash message
   * @return the domain page, or the auth code page
   */
  @PostMapping("/admin/domains/{id:\\d+}/actions/{action}")
  public String run(
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> inputs = new HashMap<>(params);
    inputs.remove("_csrf");
    String back = "redirect:/admin/domains/" + id + "#plugin-actions";
    ActionOutcome outcome;
    try {
      outcome = actions.run(id, action, inputs);
    } catch (ValidationException invalid) {
      StringBuilder text = new StringBuilder("Not done: ");
      for (FieldError error : invalid.errors()) {
        text.append(error.field()).append(": ").append(error.message()).append(". ");
      }
      Flash.error(redirect, text.toString().strip());
      return back;
    } catch (ConflictException conflict) {
      Flash.error(redirect, "Not done: " + conflict.getMessage());
      return back;
    }
    if (!outcome.succeeded()) {
      Flash.error(
          redirect,
          "The registrar refused: "
              + outcome.message()
              + outcome.registrarCode().map(c -> " [code " + c + "]").orElse(""));
      return back;
    }
    if (outcome.authCode().isPresent()) {
      response.setHeader("Cache-Control", "no-store");
      model.addAttribute("domain", domains.get(id));
      model.addAttribute("authCode", outcome.authCode().get().value());
      return "admin/domains/auth-code";
    }
    Flash.success(redirect, outcome.message());
    return back;
  }
}
