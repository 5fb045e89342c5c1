package org.regdesk.app.importer;

import java.util.List;
import java.util.Map;

/**
 * A TLD price import as an admin asks for it; {@link TldPriceImport} checks every part and names
 * the field of each problem.
 *
 * @param plugin the registrar plugin whose prices are read and to which the TLDs are assigned
 * @param groupId the product group new TLD products go into
 * @param tlds the TLDs to import; null or empty for every TLD the registrar sells
 * @param marginKind the default margin's kind, {@code PERCENT} or {@code FIXED}; blank keeps the
 *     stored default
 * @param marginValue the default margin's percentage or amount per year
 * @param overrides per-TLD margins, TLD → {@code {"kind": "PERCENT", "value": "30"}}; a TLD without
 *     one keeps the margin stored on its product, else the default applies
 */
public record PriceImportRequest(
    String plugin,
    Long groupId,
    List<String> tlds,
    String marginKind,
    String marginValue,
    Map<String, MarginInput> overrides) {

  /**
   * A margin as typed.
   *
   * @param kind {@code PERCENT} or {@code FIXED}
   * @param value the percentage or amount per year
   */
  public record MarginInput(String kind, String value) {}
}
