package org.regdesk.app.web.admin;

import org.regdesk.app.config.DeskMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff dashboard at {@code /admin}: where the desk stands and where to go next. Features add
 * their own panels (e.g. "Needs attention") as they arrive.
 */
@Controller
public class DashboardController {

  private final DeskMode mode;

  /**
   * Creates the controller.
   *
   * @param mode how the desk runs
   */
  public DashboardController(DeskMode mode) {
    this.mode = mode;
  }

  /**
   * Shows the dashboard.
   *
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin")
  public String dashboard(Model model) {
    model.addAttribute("sandbox", mode.sandbox());
    return "admin/dashboard";
  }
}
