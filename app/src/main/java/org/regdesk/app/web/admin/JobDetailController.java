package org.regdesk.app.web.admin;

import org.regdesk.app.job.Job;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One job: its state, last message and attempts, with Retry now and Dismiss. */
@Controller
public class JobDetailController {

  private final Jobs jobs;

  /**
   * Creates the controller.
   *
   * @param jobs the jobs service
   */
  public JobDetailController(Jobs jobs) {
    this.jobs = jobs;
  }

  /**
   * Shows a job.
   *
   * @param id the job
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/jobs/{id}")
  public String show(@PathVariable long id, Model model) {
    model.addAttribute("job", jobs.job(id));
    model.addAttribute("attempts", jobs.attempts(id));
    return "admin/jobs/detail";
  }

  /**
   * Retry now.
   *
   * @param id the job
   * @param redirect the flash
   * @return back to the job
   */
  @PostMapping("/admin/jobs/{id}/retry")
  public String retry(@PathVariable long id, RedirectAttributes redirect) {
    Job job = jobs.retryNow(id);
    Flash.success(redirect, "Job " + job.triggerName() + " will run again now.");
    return "redirect:/admin/jobs/" + id;
  }

  /**
   * Dismiss.
   *
   * @param id the job
   * @param redirect the flash
   * @return back to the job
   */
  @PostMapping("/admin/jobs/{id}/dismiss")
  public String dismiss(@PathVariable long id, RedirectAttributes redirect) {
    Job job = jobs.dismiss(id);
    Flash.success(redirect, "Job " + job.triggerName() + " dismissed.");
    return "redirect:/admin/jobs/" + id;
  }
}
