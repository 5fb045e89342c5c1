package org.regdesk.registrar.spi.descriptor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * An entry in a "Plugin actions" menu: its id, its label, who sees it, and the inputs to ask for
 * first (e.g. an auth code). Standard actions ({@link #standard}) are carried out by the host
 * through typed operations; custom ones ({@link #custom}) by {@code Registrar.performAction}.
 *
 * @param id the stable id; a {@link StandardAction#id()} or a custom id
 * @param label the menu text
 * @param audiences who is offered the action; at least one
 * @param inputs what to ask for before running it, keys distinct
 */
public record PluginAction(
    String id, String label, Set<ActionAudience> audiences, List<FieldDefinition> inputs) {

  /**
   * Checks the parts; a standard id must keep the standard inputs.
   *
   * @param id the stable id; a {@link StandardAction#id()} or a custom id
   * @param label the menu text
   * @param audiences who is offered the action; at least one
   * @param inputs what to ask for before running it, keys distinct
   */
  public PluginAction {
    InputCheck.key("action.id", id);
    label = Require.line("action.label", label, 64);
    Require.present("action.audiences", audiences);
    if (audiences.isEmpty()) {
      throw new InvalidValueException("action.audiences", "at least one audience is required");
    }
    audiences = Collections.unmodifiableSet(EnumSet.copyOf(audiences));
    inputs = Require.listOf("action.inputs", inputs);
    if (inputs.stream().map(FieldDefinition::key).distinct().count() != inputs.size()) {
      throw new InvalidValueException("action.inputs", "input keys must be distinct");
    }
    Optional<StandardAction> standard = StandardAction.ofId(id);
    if (standard.isPresent() && !standard.get().inputs().equals(inputs)) {
      throw new InvalidValueException(
          "action.inputs", "the standard action '" + id + "' has fixed inputs");
    }
  }

  /**
   * Offers a standard action under its default label.
   *
   * @param action the action
   * @param audiences who sees it
   * @return the menu entry
   */
  public static PluginAction standard(StandardAction action, ActionAudience... audiences) {
    return standard(action, action.defaultLabel(), audiences);
  }

  /**
   * Offers a standard action under the plugin's own label.
   *
   * @param action the action
   * @param label the menu text
   * @param audiences who sees it
   * @return the menu entry
   */
  public static PluginAction standard(
      StandardAction action, String label, ActionAudience... audiences) {
    return new PluginAction(action.id(), label, Set.copyOf(List.of(audiences)), action.inputs());
  }

  /**
   * Offers a plugin-specific action, run by {@code Registrar.performAction}.
   *
   * @param id a stable id that is not a standard one
   * @param label the menu text
   * @param inputs what to ask for first
   * @param audiences who sees it
   * @return the menu entry
   * @throws InvalidValueException if the id is a standard id
   */
  public static PluginAction custom(
      String id, String label, List<FieldDefinition> inputs, ActionAudience... audiences) {
    if (StandardAction.ofId(id).isPresent()) {
      throw new InvalidValueException("action.id", "'" + id + "' is a standard action id");
    }
    return new PluginAction(id, label, Set.copyOf(List.of(audiences)), inputs);
  }

  /**
   * The standard action this entry stands for.
   *
   * @return the standard action, or empty for a custom action
   */
  public Optional<StandardAction> standardAction() {
    return StandardAction.ofId(id);
  }
}
