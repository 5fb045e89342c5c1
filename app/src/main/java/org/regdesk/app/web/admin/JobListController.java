package org.regdesk.app.web.admin;

import java.util.Arrays;
import java.util.Locale;
import org.regdesk.app.job.JobState;
import org.regdesk.app.job.Jobs;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Jobs: every job with its state, filtered by state and kind, most recently changed first. */
@Controller
public class JobListController {

  private final Jobs jobs;

  /**
   * Creates the controller.
   *
   * @param jobs the jobs service
   */
  public JobListController(Jobs jobs) {
    this.jobs = jobs;
  }

  /**
   * Lists jobs.
   *
   * @param state a state name (any case), or empty for all
   * @param kind a kind, or empty for all
   * @param page the page number
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/jobs")
  public String list(
      @RequestParam(defaultValue = "") String state,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    JobState filter = parse(state);
    model.addAttribute("state", filter == null ? "" : filter.name());
    model.addAttribute("kind", kind);
    model.addAttribute("states", JobState.values());
    model.addAttribute("kinds", jobs.kinds());
    model.addAttribute(
        "page",
        jobs.list(filter, kind, new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE)));
    return "admin/jobs/list";
  }

  static JobState parse(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    String name = state.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(JobState.values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElse(null);
  }
}
