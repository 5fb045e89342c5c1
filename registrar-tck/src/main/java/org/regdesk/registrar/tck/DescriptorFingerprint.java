package org.regdesk.registrar.tck;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.regdesk.registrar.spi.descriptor.ChoiceOption;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;
import org.regdesk.registrar.spi.descriptor.PluginAction;
import org.regdesk.registrar.spi.descriptor.RegistrarDescriptor;
import org.regdesk.registrar.spi.descriptor.SettingDefinition;
import org.regdesk.registrar.spi.descriptor.TldRequirements;
import org.regdesk.registrar.spi.descriptor.ValueRule;

/**
 * Everything a host reads from a descriptor, as text. Two descriptors built separately are never
 * {@code equals} when they hold pattern rules (a compiled pattern compares by identity), so "the
 * same descriptor on every call" is checked on this rendering instead: a rule counts by its
 * description and regular expression.
 */
final class DescriptorFingerprint {

  private DescriptorFingerprint() {}

  static String of(RegistrarDescriptor descriptor) {
    StringBuilder text = new StringBuilder();
    text.append("name=").append(descriptor.name()).append('\n');
    text.append("displayName=").append(descriptor.displayName()).append('\n');
    text.append("version=").append(descriptor.version()).append('\n');
    for (SettingDefinition setting : descriptor.settings().definitions()) {
      text.append("setting ")
          .append(setting.key())
          .append('|')
          .append(setting.label())
          .append('|')
          .append(setting.type())
          .append('|')
          .append(setting.required())
          .append('|')
          .append(setting.defaultValue().orElse("<none>"))
          .append('|')
          .append(setting.description())
          .append('|')
          .append(options(setting.options()))
          .append('|')
          .append(rule(setting.rule()))
          .append('\n');
    }
    for (PluginAction action : descriptor.actions()) {
      text.append("action ")
          .append(action.id())
          .append('|')
          .append(action.label())
          .append('|')
          .append(action.audiences()) // an EnumSet underneath: always in enum order
          .append('|')
          .append(fields(action.inputs()))
          .append('\n');
    }
    text.append("capabilities=").append(descriptor.capabilities().supported()).append('\n');
    Map<String, String> exceptions = new TreeMap<>();
    descriptor
        .capabilities()
        .unsupportedByTld()
        .forEach((tld, lacking) -> exceptions.put(tld.ascii(), lacking.toString()));
    text.append("exceptions=").append(exceptions).append('\n');
    Map<String, String> requirements = new TreeMap<>();
    for (TldRequirements requirement : descriptor.tldRequirements().values()) {
      requirements.put(
          requirement.tld().ascii(),
          fields(requirement.domainFields()) + " customer " + requirement.customerFields());
    }
    requirements.forEach(
        (tld, fields) -> text.append("tld ").append(tld).append(' ').append(fields).append('\n'));
    return text.toString();
  }

  private static String fields(List<FieldDefinition> fields) {
    return fields.stream()
        .map(
            field ->
                field.key()
                    + "|"
                    + field.label()
                    + "|"
                    + field.type()
                    + "|"
                    + field.required()
                    + "|"
                    + options(field.options())
                    + "|"
                    + rule(field.rule())
                    + "|"
                    + field.description())
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String options(List<ChoiceOption> options) {
    return options.stream()
        .map(option -> option.value() + "=" + option.label())
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String rule(Optional<ValueRule> rule) {
    return rule.map(r -> r.description() + " /" + r.regex().orElse("<coded>") + "/").orElse("-");
  }
}
