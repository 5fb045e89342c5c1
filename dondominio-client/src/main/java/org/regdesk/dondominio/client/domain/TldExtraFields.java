package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.value.TldExtras;

/** Writes TLD extra parameters into a create or transfer request. */
final class TldExtraFields {
  private TldExtraFields() {}

  static void write(FormParameters.Builder form, TldExtras extras) {
    extras.wireValues().forEach((field, value) -> form.add(field.parameterName(), value));
  }
}
