package org.regdesk.app.web.admin;

import org.regdesk.app.ValidationException;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.NewApiToken;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.web.Flash;
import org.regdesk.app.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › API tokens: list, create (the token is shown once, on the page after creation) and
 * revoke.
 */
@Controller
@RequestMapping("/admin/settings/api-tokens")
public class ApiTokensController {

  private static final String VIEW = "admin/api-tokens/list";

  private final ApiTokens tokens;

  /**
   * Creates the controller.
   *
   * @param tokens the tokens service
   */
  public ApiTokensController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * Lists the tokens.
   *
   * @param page the page number
   * @param model the model
   * @return the view
   */
  @GetMapping
  public String list(@RequestParam(defaultValue = "1") int page, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new TokenForm());
    }
    model.addAttribute("page", load(page));
    return VIEW;
  }

  /**
   * Creates a token and shows it once.
   *
   * @param form the form
   * @param result the binding result
   * @param authentication the admin
   * @param redirect flash attributes
   * @param model the model
   * @return the next view
   */
  @PostMapping
  public String create(
      @ModelAttribute("form") TokenForm form,
      BindingResult result,
      Authentication authentication,
      RedirectAttributes redirect,
      Model model) {
    NewApiToken created;
    try {
      created = tokens.create(form.getName(), authentication.getName());
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      model.addAttribute("page", load(1));
      return VIEW;
    }
    redirect.addFlashAttribute("newToken", created.secret());
    Flash.success(
        redirect,
        "API token '" + created.token().name() + "' created. Copy it now: it is not shown again.");
    return "redirect:/admin/settings/api-tokens";
  }

  /**
   * Revokes a token.
   *
   * @param id the token's id
   * @param redirect flash attributes
   * @return the redirect to the list
   */
  @PostMapping("/{id}/revoke")
  public String revoke(@PathVariable long id, RedirectAttributes redirect) {
    var revoked = tokens.revoke(id);
    Flash.success(redirect, "API token '" + revoked.name() + "' revoked.");
    return "redirect:/admin/settings/api-tokens";
  }

  private Page<?> load(int page) {
    return tokens.list(new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE));
  }

  /** The create form. */
  public static final class TokenForm {
    private String name;

    /**
     * What the token is for.
     *
     * @return the name typed
     */
    public String getName() {
      return name;
    }

    /**
     * Sets what the token is for.
     *
     * @param name the name typed
     */
    public void setName(String name) {
      this.name = name;
    }
  }
}
