package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.value.TldExtras;

/** Writes TLD extra parameters into a create or transfer request. */
final class TldExtraFields {
  private TldExtraFields() {}

  static void write(FormParameters.Builder form, TldExtras extras) {
    extras
        .wireValues()
        .forEach(
            (field, value) -> {
              if (field.isSecret()) {
                form.secret(field.parameterName(), value);
              } else {
                form.add(field.parameterName(), value);
              }
            });
  }
}
