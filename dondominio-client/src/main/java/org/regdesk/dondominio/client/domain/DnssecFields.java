package org.regdesk.dondominio.client.domain;

import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.value.DnssecRecord;

/** Writes a DS record's parameters. */
final class DnssecFields {
  private DnssecFields() {}

  static void write(FormParameters.Builder form, DnssecRecord record) {
    form.add("keytag", record.keytag());
    form.add("algorithm", record.algorithm());
    form.add("digesttype", record.digestType());
    form.add("digest", record.digest());
  }
}
