package org.regdesk.app.web.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.importer.PriceImportRequest;

/**
 * The TLD price import form: plugin, product group, TLDs (blank for all), default margin, and
 * per-TLD margins one per line ({@code pro FIXED 1.00}, {@code cat PERCENT 30}).
 */
public class TldPriceImportForm {

  private String plugin;
  private Long groupId;
  private String tlds;
  private String marginKind;
  private String marginValue;
  private String overrides;

  /**
   * The request the form stands for.
   *
   * @return the request
   * @throws org.regdesk.app.ValidationException naming {@code overrides} for a malformed line
   */
  public PriceImportRequest toRequest() {
    List<String> tldList =
        tlds == null || tlds.isBlank()
            ? List.of()
            : Arrays.stream(tlds.split("[\\s,]+")).filter(t -> !t.isBlank()).toList();
    Map<String, PriceImportRequest.MarginInput> byTld = new LinkedHashMap<>();
    FieldErrors errors = new FieldErrors();
    if (overrides != null) {
      String[] lines = overrides.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        String[] parts = line.split("\\s+");
        if (parts.length != 3) {
          errors.add(
              "overrides",
              "line " + (i + 1) + ": write a TLD, PERCENT or FIXED, and a value, e.g. pro FIXED 1");
        } else {
          byTld.put(parts[0], new PriceImportRequest.MarginInput(parts[1], parts[2]));
        }
      }
    }
    errors.throwIfAny();
    return new PriceImportRequest(plugin, groupId, tldList, marginKind, marginValue, byTld);
  }

  /**
   * @return the plugin
   */
  public String getPlugin() {
    return plugin;
  }

  /**
   * @param plugin the plugin
   */
  public void setPlugin(String plugin) {
    this.plugin = plugin;
  }

  /**
   * @return the product group of new products
   */
  public Long getGroupId() {
    return groupId;
  }

  /**
   * @param groupId the product group of new products
   */
  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  /**
   * @return the TLDs, separated by spaces or commas
   */
  public String getTlds() {
    return tlds;
  }

  /**
   * @param tlds the TLDs, separated by spaces or commas
   */
  public void setTlds(String tlds) {
    this.tlds = tlds;
  }

  /**
   * @return the default margin's kind
   */
  public String getMarginKind() {
    return marginKind;
  }

  /**
   * @param marginKind the default margin's kind
   */
  public void setMarginKind(String marginKind) {
    this.marginKind = marginKind;
  }

  /**
   * @return the default margin's value
   */
  public String getMarginValue() {
    return marginValue;
  }

  /**
   * @param marginValue the default margin's value
   */
  public void setMarginValue(String marginValue) {
    this.marginValue = marginValue;
  }

  /**
   * @return the per-TLD margins, one per line
   */
  public String getOverrides() {
    return overrides;
  }

  /**
   * @param overrides the per-TLD margins, one per line
   */
  public void setOverrides(String overrides) {
    this.overrides = overrides;
  }
}
