package org.regdesk.registrar.dondominio.tld;

import org.regdesk.dondominio.client.value.TldExtraField;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;

/**
 * One extra domain field of a TLD: how the desk asks for it (its {@link FieldDefinition}, stable
 * key included) and the DonDominio parameter the answer is sent as on {@code domain/create} and
 * {@code domain/transfer}.
 *
 * @param definition the form field
 * @param parameter the API parameter
 */
public record TldField(FieldDefinition definition, TldExtraField parameter) {

  /**
   * The stable key answers are stored under.
   *
   * @return the key
   */
  public String key() {
    return definition.key();
  }
}
