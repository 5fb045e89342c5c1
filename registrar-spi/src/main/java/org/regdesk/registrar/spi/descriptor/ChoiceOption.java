package org.regdesk.registrar.spi.descriptor;

import org.regdesk.registrar.spi.internal.Require;

/**
 * One option of a choice: the stable value the plugin receives and the label people see.
 *
 * @param value the value stored and sent, e.g. {@code nonResolver}
 * @param label the text shown, e.g. {@code Non-resolving}
 */
public record ChoiceOption(String value, String label) {

  /**
   * Checks both parts.
   *
   * @param value the value stored and sent, e.g. {@code nonResolver}
   * @param label the text shown, e.g. {@code Non-resolving}
   */
  public ChoiceOption {
    value = Require.line("option.value", value, 128);
    label = Require.line("option.label", label, 128);
  }

  /**
   * An option.
   *
   * @param value the stable value
   * @param label the display text
   * @return the option
   */
  public static ChoiceOption of(String value, String label) {
    return new ChoiceOption(value, label);
  }
}
