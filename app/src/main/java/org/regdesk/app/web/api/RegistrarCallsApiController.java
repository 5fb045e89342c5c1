package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.Map;
import org.regdesk.app.registrar.RecordedCall;
import org.regdesk.app.registrar.RegistrarCallLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registrar-calls}: the audit of registrar calls, newest first, by domain or plugin.
 */
@RestController
@RequestMapping("/api/v1/registrar-calls")
public class RegistrarCallsApiController {

  private final RegistrarCallLog calls;

  /**
   * Creates the controller.
   *
   * @param calls the audit
   */
  public RegistrarCallsApiController(RegistrarCallLog calls) {
    this.calls = calls;
  }

  /**
   * Lists registrar calls, newest first.
   *
   * @param domain only calls about this domain
   * @param plugin only calls of this plugin
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping
  @Operation(
      summary = "List registrar calls, newest first",
      description =
          "Every call a registrar plugin made, with who or what caused it, how long it took, how"
              + " it ended, the registrar's code and the parameters sent (secrets masked as ****).")
  public ApiPage<CallResponse> list(
      @Parameter(description = "only calls about this domain, e.g. example.com")
          @RequestParam(required = false)
          String domain,
      @Parameter(description = "only calls of this plugin, e.g. dondominio")
          @RequestParam(required = false)
          String plugin,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    return ApiPage.of(calls.find(domain, plugin, ApiPaging.request(page, size)), CallResponse::of);
  }

  /**
   * One registrar call.
   *
   * @param id the audit row's id
   * @param plugin the plugin that made it
   * @param action the registrar's name for the call, e.g. {@code domain/create}
   * @param domain the domain concerned, or null
   * @param startedAt when it started
   * @param durationMs how long it took, in milliseconds
   * @param outcome how it ended, e.g. {@code SUCCEEDED} or {@code REJECTED}
   * @param registrarCode the registrar's result or error code, or null
   * @param parameters the parameters sent, secrets masked
   * @param trigger who or what caused it
   */
  public record CallResponse(
      long id,
      String plugin,
      String action,
      String domain,
      Instant startedAt,
      long durationMs,
      String outcome,
      String registrarCode,
      Map<String, String> parameters,
      TriggerResponse trigger) {

    static CallResponse of(RecordedCall call) {
      return new CallResponse(
          call.id(),
          call.plugin(),
          call.action(),
          call.domain().orElse(null),
          call.startedAt(),
          call.duration().toMillis(),
          call.outcome().name(),
          call.registrarCode().orElse(null),
          call.parameters(),
          new TriggerResponse(call.trigger().kind().name(), call.trigger().name()));
    }
  }

  /**
   * Who or what caused a call.
   *
   * @param kind {@code USER}, {@code API_TOKEN}, {@code JOB} or {@code SYSTEM}
   * @param name the user name, {@code <id>:<token name>}, job name, or what the desk was doing
   */
  public record TriggerResponse(String kind, String name) {}
}
