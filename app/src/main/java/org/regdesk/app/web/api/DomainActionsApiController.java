package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.action.ActionOutcome;
import org.regdesk.app.domain.action.DomainActions;
import org.regdesk.app.domain.action.OfferedAction;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/domains/{id}/actions}: the Plugin actions offered on a registered domain, and
 * running one. A registrar's refusal is {@code 409 registrar_refused}, a registrar that could not
 * be asked {@code 503 registrar_unavailable}, both with the registrar's message.
 */
@RestController
@RequestMapping("/api/v1/domains/{id:\\d+}/actions")
public class DomainActionsApiController {

  private final Domains domains;
  private final DomainActions actions;

  /**
   * Creates the controller.
   *
   * @param domains the domains service
   * @param actions the Plugin actions service
   */
  public DomainActionsApiController(Domains domains, DomainActions actions) {
    this.domains = domains;
    this.actions = actions;
  }

  /**
   * An action offered, with its inputs.
   *
   * @param id the action's id, the last path segment to POST to
   * @param label the plugin's label
   * @param standard whether the desk knows the action's meaning (else the plugin runs it)
   * @param inputs the inputs it takes
   */
  public record OfferedActionResponse(
      String id, String label, boolean standard, List<InputResponse> inputs) {

    static OfferedActionResponse of(OfferedAction action) {
      return new OfferedActionResponse(
          action.id(),
          action.label(),
          action.standard().isPresent(),
          action.inputs().stream().map(InputResponse::of).toList());
    }
  }

  /**
   * An input of an action.
   *
   * @param key the JSON key
   * @param label the label
   * @param type TEXT, SECRET, DATE, CHOICE or YES_NO
   * @param required whether it must be given
   * @param options the values a CHOICE takes
   */
  public record InputResponse(
      String key, String label, String type, boolean required, List<String> options) {

    static InputResponse of(FieldDefinition field) {
      return new InputResponse(
          field.key(),
          field.label(),
          field.type().name(),
          field.required(),
          field.options().stream().map(ChoiceOption::value).toList());
    }
  }

  /**
   * What an action did.
   *
   * @param action the action's id
   * @param message what was done
   * @param authCode the auth code, only for {@code auth-code} with {@code "delivery": "show"}
   */
  public record ActionResponse(String action, String message, String authCode) {}

  /**
   * A registrar's refusal or absence.
   *
   * @param error {@code registrar_refused} or {@code registrar_unavailable}
   * @param message the registrar's message
   * @param fields always empty
   * @param kind the error kind, e.g. {@code REJECTED}
   * @param registrarCode the registrar's code, or null
   */
  public record ActionFailure(
      String error,
      String message,
      List<ApiError.ApiFieldError> fields,
      String kind,
      String registrarCode) {}

  /**
   * Lists the actions offered on a domain.
   *
   * @param id the domain's id
   * @return the actions
   */
  @GetMapping
  @Operation(summary = "The Plugin actions offered on a registered domain, with their inputs")
  public List<OfferedActionResponse> offered(@PathVariable long id) {
    return actions.offered(domains.get(id)).stream().map(OfferedActionResponse::of).toList();
  }

  /**
   * Runs an action.
   *
   * @param id the domain's id
   * @param action the action's id
   * @param inputs the inputs by key, e.g. {@code {"locked": true}}
   * @return 200 with what was done, 409/503 with the registrar's message
   */
  @PostMapping("/{action}")
  @Operation(
      summary =
          "Run a Plugin action: renew {years}, transfer {authCode, years}, auth-code {delivery:"
              + " show|email}, lock {locked}, privacy {enabled}, renewal-mode {renewalMode}, sync")
  public ResponseEntity<?> run(
      @PathVariable long id,
      @PathVariable String action,
      @RequestBody(required = false) Map<String, Object> inputs) {
    Map<String, String> text =
        inputs == null
            ? Map.of()
            : inputs.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    ActionOutcome outcome = actions.run(id, action, text);
    if (outcome.succeeded()) {
      return ResponseEntity.ok(
          new ActionResponse(
              outcome.action(),
              outcome.message(),
              outcome.authCode().map(c -> c.value()).orElse(null)));
    }
    boolean unavailable = outcome.errorKind().equals(Optional.of("UNAVAILABLE"));
    return ResponseEntity.status(unavailable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT)
        .body(
            new ActionFailure(
                unavailable ? "registrar_unavailable" : "registrar_refused",
                outcome.message(),
                List.of(),
                outcome.errorKind().orElse(null),
                outcome.registrarCode().orElse(null)));
  }
}
