package org.regdesk.registrar.spi.descriptor;

/** How a plugin setting is entered, stored and shown. */
public enum SettingType {
  /** A line of text. */
  TEXT(InputCheck.Shape.TEXT),
  /** A secret such as an API key: stored encrypted, shown masked, never logged. */
  SECRET(InputCheck.Shape.TEXT),
  /** Yes or no, written {@code true} or {@code false}. */
  YES_NO(InputCheck.Shape.YES_NO),
  /** One of the setting's {@link ChoiceOption options}, written as the option's value. */
  CHOICE(InputCheck.Shape.CHOICE),
  /**
   * Text the plugin shows the admin and that cannot be edited, e.g. a note on where to find the API
   * key; its default value is the text.
   */
  READ_ONLY_TEXT(InputCheck.Shape.TEXT);

  private final InputCheck.Shape shape;

  SettingType(InputCheck.Shape shape) {
    this.shape = shape;
  }

  InputCheck.Shape shape() {
    return shape;
  }
}
