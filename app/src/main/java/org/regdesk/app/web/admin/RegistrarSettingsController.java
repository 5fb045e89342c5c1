package org.regdesk.app.web.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.app.ValidationException;
import org.regdesk.app.registrar.ConfigurationView;
import org.regdesk.app.registrar.PluginStatus;
import org.regdesk.app.registrar.RegistrarCallLog;
import org.regdesk.app.registrar.RegistrarConfigurations;
import org.regdesk.app.registrar.RegistrarFlags;
import org.regdesk.app.registrar.Registrars;
import org.regdesk.app.registrar.SettingState;
import org.regdesk.app.registrar.SettingsChange;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.web.Flash;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.value.FieldError;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Plugins › Registrars: the loaded plugins (and the jars that failed to load), and for
 * the chosen plugin a form built from its settings schema, saved with post/redirect/get, and a Test
 * connection button that tests the values in the form without saving them.
 *
 * <p>Inputs are named {@code setting.<key>} after the settings' stable keys; {@code clear.<key>}
 * removes an optional secret. Secrets are never written into the page: a blank secret keeps the
 * stored value.
 */
@Controller
@RequestMapping("/admin/settings/registrars")
public class RegistrarSettingsController {

  private static final String VIEW = "admin/registrars/settings";
  private static final String SETTING = "setting.";
  private static final String CLEAR = "clear.";
  private static final int RECENT_CALLS = 10;

  private final Registrars registrars;
  private final RegistrarConfigurations configurations;
  private final RegistrarCallLog calls;
  private final RegistrarFlags flags;

  /**
   * Creates the controller.
   *
   * @param registrars the plugins
   * @param configurations their settings
   * @param calls the audit of registrar calls
   * @param flags plugins whose credentials the registrar refused
   */
  public RegistrarSettingsController(
      Registrars registrars,
      RegistrarConfigurations configurations,
      RegistrarCallLog calls,
      RegistrarFlags flags) {
    this.registrars = registrars;
    this.configurations = configurations;
    this.calls = calls;
    this.flags = flags;
  }

  /**
   * The page, showing one plugin's settings.
   *
   * @param plugin the plugin to show; by default the first configured one, else the first
   * @param model the model
   * @return the view
   */
  @GetMapping
  public String show(@RequestParam(required = false) String plugin, Model model) {
    List<PluginStatus> statuses = configurations.statuses();
    String chosen =
        plugin != null && !plugin.isBlank()
            ? plugin
            : statuses.stream()
                .filter(PluginStatus::configured)
                .findFirst()
                .or(() -> statuses.stream().findFirst())
                .map(status -> status.plugin().name())
                .orElse(null);
    if (chosen == null) {
      page(statuses, null, model);
      return VIEW;
    }
    ConfigurationView view = configurations.view(chosen);
    page(statuses, view, model);
    model.addAttribute("fields", fields(view, Optional.empty(), Map.of()));
    return VIEW;
  }

  /**
   * Saves the chosen plugin's settings.
   *
   * @param plugin the plugin's stable name
   * @param form every input of the form
   * @param authentication the admin
   * @param redirect flash attributes
   * @param model the model
   * @return a redirect to the page, or the page with the errors
   */
  @PostMapping("/{plugin}")
  public String save(
      @PathVariable String plugin,
      @RequestParam MultiValueMap<String, String> form,
      Authentication authentication,
      RedirectAttributes redirect,
      Model model) {
    ConfigurationView view = configurations.view(plugin);
    try {
      configurations.save(plugin, change(view, form), authentication.getName());
    } catch (ValidationException invalid) {
      page(configurations.statuses(), view, model);
      errors(view, invalid, Optional.of(form), model);
      return VIEW;
    }
    Flash.success(redirect, "Settings of " + view.plugin().displayName() + " saved.");
    redirect.addAttribute("plugin", view.plugin().name());
    return "redirect:/admin/settings/registrars";
  }

  /**
   * Tests the values in the form without saving them. An htmx request gets only the result panel,
   * so the form keeps what was typed (secrets included); a plain form post gets the whole page.
   *
   * @param plugin the plugin's stable name
   * @param form every input of the form
   * @param htmx set by htmx
   * @param model the model
   * @return the result panel or the page
   */
  @PostMapping("/{plugin}/test")
  public String test(
      @PathVariable String plugin,
      @RequestParam MultiValueMap<String, String> form,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    ConfigurationView view = configurations.view(plugin);
    model.addAttribute("selected", view);
    ValidationException invalid = null;
    try {
      ConnectionReport report = configurations.test(plugin, change(view, form));
      model.addAttribute("report", report);
    } catch (ValidationException refused) {
      invalid = refused;
      model.addAttribute("testErrors", summary(view, refused));
    }
    if (htmx != null) {
      return VIEW + " :: connectionResult";
    }
    page(configurations.statuses(), view, model);
    if (invalid != null) {
      errors(view, invalid, Optional.of(form), model);
    } else {
      model.addAttribute("fields", fields(view, Optional.of(form), Map.of()));
    }
    return VIEW;
  }

  private void page(List<PluginStatus> statuses, ConfigurationView view, Model model) {
    model.addAttribute("statuses", statuses);
    model.addAttribute("problems", registrars.loadProblems());
    model.addAttribute("flags", flags.all());
    model.addAttribute("selected", view);
    if (view != null) {
      model.addAttribute(
          "calls", calls.forPlugin(view.plugin().name(), new PageRequest(1, RECENT_CALLS)));
    }
  }

  private void errors(
      ConfigurationView view,
      ValidationException invalid,
      Optional<MultiValueMap<String, String>> form,
      Model model) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    for (FieldError error : invalid.errors()) {
      byKey.computeIfAbsent(error.field(), key -> new ArrayList<>()).add(error.message());
    }
    model.addAttribute("fields", fields(view, form, byKey));
    model.addAttribute("errors", summary(view, invalid));
  }

  private static List<ErrorLine> summary(ConfigurationView view, ValidationException invalid) {
    List<ErrorLine> lines = new ArrayList<>();
    for (FieldError error : invalid.errors()) {
      Optional<SettingDefinition> definition =
          view.plugin().descriptor().settings().definition(error.field());
      lines.add(
          definition
              .map(d -> new ErrorLine(anchor(d.key()), d.label() + ": " + error.message()))
              .orElse(new ErrorLine(null, error.field() + ": " + error.message())));
    }
    return lines;
  }

  /** What the form says, as a change of the plugin's settings. */
  private static SettingsChange change(ConfigurationView view, MultiValueMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> cleared = new HashSet<>();
    for (SettingState setting : view.settings()) {
      SettingDefinition definition = setting.definition();
      switch (definition.type()) {
        case READ_ONLY_TEXT -> {
          // shown, never posted back
        }
        case SECRET -> {
          values.put(definition.key(), form.getFirst(SETTING + definition.key()));
          if ("true".equals(form.getFirst(CLEAR + definition.key()))) {
            cleared.add(definition.key());
          }
        }
        default -> values.put(definition.key(), form.getFirst(SETTING + definition.key()));
      }
    }
    return new SettingsChange(values, cleared);
  }

  private static List<SettingField> fields(
      ConfigurationView view,
      Optional<MultiValueMap<String, String>> form,
      Map<String, List<String>> errors) {
    List<SettingField> fields = new ArrayList<>();
    for (SettingState setting : view.settings()) {
      SettingDefinition definition = setting.definition();
      String key = definition.key();
      String posted = form.map(f -> f.getFirst(SETTING + key)).orElse(null);
      String shown =
          switch (definition.type()) {
            case SECRET -> "";
            case READ_ONLY_TEXT -> setting.effectiveValue().orElse("");
            default ->
                form.isPresent()
                    ? (posted == null ? "" : posted)
                    : setting.effectiveValue().orElse("");
          };
      fields.add(
          new SettingField(
              key,
              anchor(key),
              definition.label(),
              switch (definition.type()) {
                case TEXT -> "text";
                case SECRET -> "secret";
                case YES_NO -> "yesno";
                case CHOICE -> "choice";
                case READ_ONLY_TEXT -> "readonly";
              },
              definition.required() && definition.defaultValue().isEmpty(),
              definition.description(),
              shown,
              definition.options(),
              !definition.required() && definition.defaultValue().isEmpty(),
              setting.secret().name(),
              posted != null && !posted.isBlank() && definition.isSecret(),
              errors.getOrDefault(key, List.of())));
    }
    return fields;
  }

  private static String anchor(String key) {
    return "setting-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /**
   * One input of the settings form.
   *
   * @param key the setting's stable key (the input is named {@code setting.<key>})
   * @param id the input's element id
   * @param label the label
   * @param type {@code text}, {@code secret}, {@code yesno}, {@code choice} or {@code readonly}
   * @param required whether a value must be given
   * @param description the plugin's help text
   * @param value what the input shows; always empty for secrets
   * @param options a choice's options
   * @param emptyChoice whether a choice offers "not set"
   * @param secretState for secrets: {@code SET}, {@code NOT_SET} or {@code UNREADABLE}
   * @param secretTyped a new secret was typed but not saved (the form was refused)
   * @param errors this setting's errors
   */
  public record SettingField(
      String key,
      String id,
      String label,
      String type,
      boolean required,
      String description,
      String value,
      List<ChoiceOption> options,
      boolean emptyChoice,
      String secretState,
      boolean secretTyped,
      List<String> errors) {

    /**
     * Whether the setting has errors.
     *
     * @return true when at least one
     */
    public boolean invalid() {
      return !errors.isEmpty();
    }

    /**
     * The ids of the elements that describe the input, for {@code aria-describedby}.
     *
     * @return the ids, space-separated, or null when none
     */
    public String describedBy() {
      List<String> ids = new ArrayList<>();
      if (!description.isEmpty() || type.equals("secret")) {
        ids.add(id + "-hint");
      }
      if (invalid()) {
        ids.add(id + "-error");
      }
      return ids.isEmpty() ? null : String.join(" ", ids);
    }
  }

  /**
   * One line of the error summary.
   *
   * @param anchor the input's id to link to, or null for an error of no single input
   * @param text the setting's label and the message
   */
  public record ErrorLine(String anchor, String text) {}
}
