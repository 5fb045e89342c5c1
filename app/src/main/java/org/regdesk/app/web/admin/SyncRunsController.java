package org.regdesk.app.web.admin;

import org.regdesk.app.domain.sync.DomainSync;
import org.regdesk.app.domain.sync.SyncRequests;
import org.regdesk.app.job.Job;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sync runs ({@code /admin/sync-runs}: what each sync changed, or why it changed nothing) and "Sync
 * now" for a whole plugin ({@code POST /admin/registrars/{name}/sync}, queued as a job).
 */
@Controller
public class SyncRunsController {

  private final DomainSync sync;
  private final SyncRequests requests;

  /**
   * Creates the controller.
   *
   * @param sync the sync service
   * @param requests enqueues syncs
   */
  public SyncRunsController(DomainSync sync, SyncRequests requests) {
    this.sync = sync;
    this.requests = requests;
  }

  /**
   * Lists sync runs, newest first.
   *
   * @param plugin only this plugin's
   * @param page the page
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/sync-runs")
  public String list(
      @RequestParam(defaultValue = "") String plugin,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    model.addAttribute("plugins", sync.syncablePlugins());
    model.addAttribute(
        "page",
        sync.runs(
            plugin.isBlank() ? null : plugin.strip(),
            new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE)));
    return "admin/sync/runs";
  }

  /**
   * Queues a sync of a plugin's domains.
   *
   * @param name the plugin's stable name
   * @param redirect the flash message
   * @return the job's page
   */
  @PostMapping("/admin/registrars/{name}/sync")
  public String request(@PathVariable String name, RedirectAttributes redirect) {
    Job job = requests.request(name);
    Flash.success(redirect, "Sync of " + name + " queued as job " + job.id());
    return "redirect:/admin/jobs/" + job.id();
  }
}
