package org.regdesk.app.web.admin;

import java.util.List;
import org.regdesk.app.ValidationException;
import org.regdesk.app.importer.DomainImport;
import org.regdesk.app.importer.DomainImporter;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Domains › Import: how many of the registrar's domains the desk lacks, a button that imports them,
 * and the last runs with what each counted and which domains failed.
 */
@Controller
public class DomainImportController {

  private static final String VIEW = "admin/domains/import";

  /** Runs shown per page. */
  static final int RUNS_PER_PAGE = 10;

  private final DomainImporter importer;

  /**
   * Creates the controller.
   *
   * @param importer the importer
   */
  public DomainImportController(DomainImporter importer) {
    this.importer = importer;
  }

  /**
   * The import screen; with {@code preview} it reads the registrar's listing and shows the counts.
   *
   * @param plugin the plugin chosen
   * @param preview whether to count the registrar's domains now
   * @param page the page of runs
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/domains/import")
  public String show(
      @RequestParam(defaultValue = "") String plugin,
      @RequestParam(defaultValue = "false") boolean preview,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    List<String> plugins = importer.importablePlugins();
    String chosen = plugin.isBlank() && !plugins.isEmpty() ? plugins.get(0) : plugin;
    model.addAttribute("plugins", plugins);
    model.addAttribute("plugin", chosen);
    if (preview && !chosen.isBlank()) {
      try {
        model.addAttribute("preview", importer.preview(chosen));
      } catch (ValidationException invalid) {
        model.addAttribute("problem", invalid.getMessage());
      }
    }
    model.addAttribute("page", importer.runs(new PageRequest(Math.max(1, page), RUNS_PER_PAGE)));
    return VIEW;
  }

  /**
   * Runs an import now and shows what it did.
   *
   * @param plugin the plugin
   * @param redirect carries the outcome
   * @return back to the screen
   */
  @PostMapping("/admin/domains/import")
  public String run(@RequestParam(defaultValue = "") String plugin, RedirectAttributes redirect) {
    try {
      DomainImport run = importer.run(plugin);
      DomainImport.Counts c = run.counts();
      if (run.outcome() == DomainImport.Outcome.LISTING_FAILED) {
        Flash.error(
            redirect, run.message().orElse("The registrar's domain list could not be read."));
      } else {
        String summary =
            "Import #%d: %d found, %d imported, %d already in the desk, %d customers matched, %d created, %d failed."
                .formatted(
                    run.id(),
                    c.found(),
                    c.imported(),
                    c.alreadyPresent(),
                    c.customersMatched(),
                    c.customersCreated(),
                    c.failed());
        if (c.failed() > 0) {
          Flash.error(redirect, summary);
        } else {
          Flash.success(redirect, summary);
        }
      }
    } catch (ValidationException invalid) {
      Flash.error(redirect, invalid.getMessage());
    }
    redirect.addAttribute("plugin", plugin);
    return "redirect:/admin/domains/import";
  }
}
