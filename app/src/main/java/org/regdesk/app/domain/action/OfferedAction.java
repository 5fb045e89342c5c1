package org.regdesk.app.domain.action;

import java.util.List;
import java.util.Optional;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.StandardAction;

/**
 * A Plugin action offered on a domain: from its plugin's descriptor, for staff on a registered
 * domain, and only when the plugin can do it for the domain's TLD.
 *
 * @param id the action's stable id, e.g. {@code lock}
 * @param label the menu text the plugin chose
 * @param standard the standard action it stands for, or empty for a plugin's own action
 * @param inputs what to ask for first
 */
public record OfferedAction(
    String id, String label, Optional<StandardAction> standard, List<FieldDefinition> inputs) {

  /**
   * Whether this is a given standard action, for templates.
   *
   * @param name the {@link StandardAction} constant's name, e.g. {@code SET_LOCK}
   * @return true when it is
   */
  public boolean is(String name) {
    return standard.map(s -> s.name().equals(name)).orElse(false);
  }
}
