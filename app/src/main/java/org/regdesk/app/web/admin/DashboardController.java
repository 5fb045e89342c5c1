package org.regdesk.app.web.admin;

import org.regdesk.app.config.DeskMode;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.registrar.RegistrarFlags;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff dashboard at {@code /admin}: where the desk stands and where to go next, with "Needs
 * attention": jobs that failed or stopped for staff, and registrar plugins whose credentials were
 * refused.
 */
@Controller
public class DashboardController {

  /** How many stopped jobs the panel lists; the rest are one click away. */
  static final int ATTENTION_ROWS = 10;

  private final DeskMode mode;
  private final Jobs jobs;
  private final RegistrarFlags flags;

  /**
   * Creates the controller.
   *
   * @param mode how the desk runs
   * @param jobs the jobs
   * @param flags flagged registrar plugins
   */
  public DashboardController(DeskMode mode, Jobs jobs, RegistrarFlags flags) {
    this.mode = mode;
    this.jobs = jobs;
    this.flags = flags;
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
    model.addAttribute("stoppedJobs", jobs.needingAttention(ATTENTION_ROWS));
    model.addAttribute("flags", flags.all());
    return "admin/dashboard";
  }
}
