package org.regdesk.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.regdesk.app.ValidationException;
import org.regdesk.app.security.PasswordChangeRequired;
import org.regdesk.app.security.UserAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account/password}: any signed-in user sets their own password. */
@Controller
public class PasswordChangeController {

  private final UserAccounts accounts;

  /**
   * Creates the controller.
   *
   * @param accounts the accounts service
   */
  public PasswordChangeController(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /**
   * Shows the form.
   *
   * @param model the model
   * @return the view
   */
  @GetMapping(PasswordChangeRequired.PAGE)
  public String form(Model model) {
    model.addAttribute("form", new PasswordForm());
    model.addAttribute("minLength", UserAccounts.MIN_PASSWORD_LENGTH);
    return "account/password";
  }

  /**
   * Changes the password.
   *
   * @param form the form
   * @param result the binding result
   * @param authentication the signed-in user
   * @param request the request (its session loses the one-time mark)
   * @param redirect flash messages
   * @param model the model
   * @return the next view
   */
  @PostMapping(PasswordChangeRequired.PAGE)
  public String change(
      @ModelAttribute("form") PasswordForm form,
      BindingResult result,
      Authentication authentication,
      HttpServletRequest request,
      RedirectAttributes redirect,
      Model model) {
    try {
      accounts.changePassword(
          authentication.getName(),
          new UserAccounts.PasswordChange(
              form.getCurrentPassword(), form.getNewPassword(), form.getConfirmPassword()));
    } catch (ValidationException invalid) {
      FormErrors.apply(invalid, result);
      form.clear();
      model.addAttribute("minLength", UserAccounts.MIN_PASSWORD_LENGTH);
      return "account/password";
    }
    PasswordChangeRequired.satisfied(request);
    Flash.success(redirect, "Your password was changed.");
    return "redirect:" + HomeController.homeOf(authentication);
  }

  /** The form's fields; passwords are never sent back to the browser. */
  public static final class PasswordForm {
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    /**
     * The password in use.
     *
     * @return the value typed
     */
    public String getCurrentPassword() {
      return currentPassword;
    }

    /**
     * Sets the password in use.
     *
     * @param currentPassword the value typed
     */
    public void setCurrentPassword(String currentPassword) {
      this.currentPassword = currentPassword;
    }

    /**
     * The chosen password.
     *
     * @return the value typed
     */
    public String getNewPassword() {
      return newPassword;
    }

    /**
     * Sets the chosen password.
     *
     * @param newPassword the value typed
     */
    public void setNewPassword(String newPassword) {
      this.newPassword = newPassword;
    }

    /**
     * The chosen password again.
     *
     * @return the value typed
     */
    public String getConfirmPassword() {
      return confirmPassword;
    }

    /**
     * Sets the chosen password again.
     *
     * @param confirmPassword the value typed
     */
    public void setConfirmPassword(String confirmPassword) {
      this.confirmPassword = confirmPassword;
    }

    void clear() {
      currentPassword = null;
      newPassword = null;
      confirmPassword = null;
    }

    @Override
    public String toString() {
      return "PasswordForm[***]";
    }
  }
}
