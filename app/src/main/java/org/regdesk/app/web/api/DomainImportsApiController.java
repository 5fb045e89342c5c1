package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.regdesk.app.importer.DomainImport;
import org.regdesk.app.importer.DomainImporter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/domain-imports}: run the registrar domain importer and read its runs. */
@RestController
@RequestMapping("/api/v1/domain-imports")
public class DomainImportsApiController {

  private final DomainImporter importer;

  /**
   * Creates the controller.
   *
   * @param importer the importer
   */
  public DomainImportsApiController(DomainImporter importer) {
    this.importer = importer;
  }

  /**
   * Runs an import and answers when it is done.
   *
   * @param request which plugin
   * @return the run
   */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Import every domain of a registrar plugin's account the desk lacks, matching owners to"
              + " customers by e-mail address or creating them; answers the finished run"
              + " (outcome LISTING_FAILED when the registrar's list could not be read: nothing"
              + " imported)")
  public ImportResponse run(@RequestBody ImportRequest request) {
    return ImportResponse.of(importer.run(request == null ? null : request.plugin()));
  }

  /**
   * Lists runs, newest first.
   *
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping
  @Operation(summary = "List domain import runs, newest first, with counts and failed domains")
  public ApiPage<ImportResponse> list(
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    return ApiPage.of(importer.runs(ApiPaging.request(page, size)), ImportResponse::of);
  }

  /**
   * One run.
   *
   * @param id the run's id
   * @return the run
   */
  @GetMapping("/{id}")
  @Operation(summary = "Get a domain import run")
  public ImportResponse get(@PathVariable long id) {
    return ImportResponse.of(importer.get(id));
  }

  /**
   * Body of {@code POST}.
   *
   * @param plugin the registrar plugin's stable name, e.g. {@code dondominio}
   */
  public record ImportRequest(String plugin) {}

  /**
   * A run.
   *
   * @param id the run's id
   * @param plugin the plugin
   * @param startedBy who started it
   * @param startedAt when
   * @param finishedAt when it ended, or null while running
   * @param outcome {@code RUNNING}, {@code COMPLETED} or {@code LISTING_FAILED}
   * @param found domains in the registrar's listing
   * @param imported domains created in the desk
   * @param alreadyPresent domains the desk already held
   * @param customersMatched domains given to an existing customer
   * @param customersCreated customers created from owner contacts
   * @param failed domains that could not be imported
   * @param message why the listing failed, or null
   * @param failures the failed domains with why
   */
  public record ImportResponse(
      long id,
      String plugin,
      String startedBy,
      Instant startedAt,
      Instant finishedAt,
      String outcome,
      int found,
      int imported,
      int alreadyPresent,
      int customersMatched,
      int customersCreated,
      int failed,
      String message,
      List<DomainImport.Failure> failures) {

    static ImportResponse of(DomainImport run) {
      DomainImport.Counts c = run.counts();
      return new ImportResponse(
          run.id(),
          run.plugin(),
          run.startedBy(),
          run.startedAt(),
          run.finishedAt().orElse(null),
          run.outcome().name(),
          c.found(),
          c.imported(),
          c.alreadyPresent(),
          c.customersMatched(),
          c.customersCreated(),
          c.failed(),
          run.message().orElse(null),
          run.failures());
    }
  }
}
