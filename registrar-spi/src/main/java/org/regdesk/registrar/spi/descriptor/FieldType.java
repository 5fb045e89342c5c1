package org.regdesk.registrar.spi.descriptor;

/** How a TLD field or an action input is entered and written. */
public enum FieldType {
  /** Free text; line breaks allowed. */
  TEXT(InputCheck.Shape.TEXT),
  /**
   * Text that is secret (e.g. a registry password or an auth code): masked on screen and in logs.
   */
  SECRET(InputCheck.Shape.TEXT),
  /** A date, written ISO {@code YYYY-MM-DD}. */
  DATE(InputCheck.Shape.DATE),
  /** One of the field's {@link ChoiceOption options}, written as the option's value. */
  CHOICE(InputCheck.Shape.CHOICE),
  /** Yes or no, written {@code true} or {@code false}. */
  YES_NO(InputCheck.Shape.YES_NO);

  private final InputCheck.Shape shape;

  FieldType(InputCheck.Shape shape) {
    this.shape = shape;
  }

  InputCheck.Shape shape() {
    return shape;
  }
}
