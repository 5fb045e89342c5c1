package org.regdesk.registrar.dondominio.tld;

import java.util.List;
import java.util.Set;
import org.regdesk.registrar.spi.value.CustomerField;
import org.regdesk.registrar.spi.value.Tld;

/**
 * One row of the {@link TldTable}: the TLDs that share a set of extra requirements.
 *
 * @param tlds the TLDs of the row
 * @param fields the extra domain fields, in form order
 * @param customerFields the customer facts the TLDs need (the date of birth is sent as {@code
 *     ownerDateOfBirth}; the identity number becomes the owner's {@code IdentNumber})
 * @param spanishIdentity whether Spanish contacts must give a valid DNI, NIE or CIF, from which an
 *     organisation's legal form is derived
 */
public record TldRow(
    Set<Tld> tlds,
    List<TldField> fields,
    Set<CustomerField> customerFields,
    boolean spanishIdentity) {

  /**
   * Copies the parts.
   *
   * @param tlds the TLDs of the row
   * @param fields the extra domain fields, in form order
   * @param customerFields the customer facts the TLDs need
   * @param spanishIdentity whether Spanish contacts must give a valid DNI, NIE or CIF
   */
  public TldRow {
    tlds = Set.copyOf(tlds);
    fields = List.copyOf(fields);
    customerFields = Set.copyOf(customerFields);
  }
}
