package org.regdesk.app.web.admin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regdesk.app.catalog.TldOperation;
import org.regdesk.app.catalog.TldProduct;
import org.regdesk.app.catalog.TldProductCommand;

/**
 * The new/edit TLD product form. Prices are one input per operation and term, named {@code
 * prices[register-1]} … {@code prices[renew-10]}.
 */
public class TldProductForm {

  private String tld;
  private Long groupId;
  private boolean welcomeEmail = true;
  private String registrarPlugin;
  private Map<String, String> prices = new LinkedHashMap<>();
  private String marginKind;
  private String marginValue;

  /**
   * The form showing a stored product.
   *
   * @param product the product
   * @return the form
   */
  public static TldProductForm of(TldProduct product) {
    TldProductForm form = new TldProductForm();
    form.tld = product.tld().unicode();
    form.groupId = product.groupId();
    form.welcomeEmail = product.welcomeEmail();
    form.registrarPlugin = product.registrarPlugin().orElse("");
    for (TldOperation operation : TldOperation.values()) {
      for (Map.Entry<Integer, BigDecimal> price : product.prices().of(operation).entrySet()) {
        form.prices.put(cell(operation, price.getKey()), price.getValue().toPlainString());
      }
    }
    product
        .margin()
        .ifPresent(
            m -> {
              form.marginKind = m.kind().name();
              form.marginValue = m.value().toPlainString();
            });
    return form;
  }

  /**
   * The name of a price cell, e.g. {@code register-1}.
   *
   * @param operation the operation
   * @param years the term
   * @return the cell's key
   */
  public static String cell(TldOperation operation, int years) {
    return operation.key() + "-" + years;
  }

  /**
   * The command the form stands for.
   *
   * @return the command
   */
  public TldProductCommand toCommand() {
    Map<String, Map<String, String>> grid = new LinkedHashMap<>();
    for (Map.Entry<String, String> cell : prices.entrySet()) {
      String key = cell.getKey();
      int dash = key.lastIndexOf('-');
      String operation = dash < 0 ? key : key.substring(0, dash);
      String years = dash < 0 ? "" : key.substring(dash + 1);
      grid.computeIfAbsent(operation, o -> new LinkedHashMap<>()).put(years, cell.getValue());
    }
    return new TldProductCommand(
        tld, groupId, welcomeEmail, registrarPlugin, grid, marginKind, marginValue);
  }

  /**
   * @return the TLD
   */
  public String getTld() {
    return tld;
  }

  /**
   * @param tld the TLD
   */
  public void setTld(String tld) {
    this.tld = tld;
  }

  /**
   * @return the product group
   */
  public Long getGroupId() {
    return groupId;
  }

  /**
   * @param groupId the product group
   */
  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  /**
   * @return whether the welcome e-mail is sent
   */
  public boolean isWelcomeEmail() {
    return welcomeEmail;
  }

  /**
   * @param welcomeEmail whether the welcome e-mail is sent
   */
  public void setWelcomeEmail(boolean welcomeEmail) {
    this.welcomeEmail = welcomeEmail;
  }

  /**
   * @return the plugin, blank for manual
   */
  public String getRegistrarPlugin() {
    return registrarPlugin;
  }

  /**
   * @param registrarPlugin the plugin, blank for manual
   */
  public void setRegistrarPlugin(String registrarPlugin) {
    this.registrarPlugin = registrarPlugin;
  }

  /**
   * @return the price cells
   */
  public Map<String, String> getPrices() {
    return prices;
  }

  /**
   * @param prices the price cells
   */
  public void setPrices(Map<String, String> prices) {
    this.prices = prices;
  }

  /**
   * @return the margin kind
   */
  public String getMarginKind() {
    return marginKind;
  }

  /**
   * @param marginKind the margin kind
   */
  public void setMarginKind(String marginKind) {
    this.marginKind = marginKind;
  }

  /**
   * @return the margin value
   */
  public String getMarginValue() {
    return marginValue;
  }

  /**
   * @param marginValue the margin value
   */
  public void setMarginValue(String marginValue) {
    this.marginValue = marginValue;
  }
}
