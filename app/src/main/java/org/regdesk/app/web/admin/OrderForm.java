package org.regdesk.app.web.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdesk.app.order.OrderCommand;

/** The new order form: type, customer, domain, years, auth code, name servers, TLD fields. */
public class OrderForm {

  private String type = "register";
  private Long customerId;
  private String domain;
  private Integer years = 1;
  private String authCode;
  private String nameservers;
  private String acceptPremiumPrice;
  private Map<String, String> fields = new LinkedHashMap<>();

  /**
   * The order the form describes.
   *
   * @return the command
   */
  public OrderCommand command() {
    List<String> hosts =
        nameservers == null || nameservers.isBlank()
            ? List.of()
            : Arrays.stream(nameservers.split("[\\s,]+")).filter(h -> !h.isBlank()).toList();
    Map<String, String> given = new LinkedHashMap<>();
    fields.forEach(
        (key, value) -> {
          if (value != null && !value.isBlank()) {
            given.put(key, value);
          }
        });
    return new OrderCommand(
        type,
        domain,
        customerId,
        "transfer".equals(type) ? null : years,
        authCode,
        hosts,
        given,
        acceptPremiumPrice);
  }

  /**
   * The type.
   *
   * @return register, transfer or renew
   */
  public String getType() {
    return type;
  }

  /**
   * Sets the type.
   *
   * @param type register, transfer or renew
   */
  public void setType(String type) {
    this.type = type;
  }

  /**
   * The customer.
   *
   * @return the id
   */
  public Long getCustomerId() {
    return customerId;
  }

  /**
   * Sets the customer.
   *
   * @param customerId the id
   */
  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  /**
   * The domain.
   *
   * @return the domain as typed
   */
  public String getDomain() {
    return domain;
  }

  /**
   * Sets the domain.
   *
   * @param domain the domain
   */
  public void setDomain(String domain) {
    this.domain = domain;
  }

  /**
   * The period.
   *
   * @return the years
   */
  public Integer getYears() {
    return years;
  }

  /**
   * Sets the period.
   *
   * @param years the years
   */
  public void setYears(Integer years) {
    this.years = years;
  }

  /**
   * The auth code; never shown back on the form.
   *
   * @return the code
   */
  public String getAuthCode() {
    return authCode;
  }

  /**
   * Sets the auth code.
   *
   * @param authCode the code
   */
  public void setAuthCode(String authCode) {
    this.authCode = authCode;
  }

  /**
   * The name servers, one per line.
   *
   * @return the hosts
   */
  public String getNameservers() {
    return nameservers;
  }

  /**
   * Sets the name servers.
   *
   * @param nameservers the hosts, separated by spaces, commas or lines
   */
  public void setNameservers(String nameservers) {
    this.nameservers = nameservers;
  }

  /**
   * The premium price accepted.
   *
   * @return the price, or null
   */
  public String getAcceptPremiumPrice() {
    return acceptPremiumPrice;
  }

  /**
   * Sets the premium price accepted.
   *
   * @param acceptPremiumPrice the price
   */
  public void setAcceptPremiumPrice(String acceptPremiumPrice) {
    this.acceptPremiumPrice = acceptPremiumPrice;
  }

  /**
   * The TLD's domain field values.
   *
   * @return the values by key
   */
  public Map<String, String> getFields() {
    return fields;
  }

  /**
   * Sets the TLD's domain field values.
   *
   * @param fields the values by key
   */
  public void setFields(Map<String, String> fields) {
    this.fields = fields;
  }

  /** Never shows the auth code. */
  @Override
  public String toString() {
    return "OrderForm[" + type + ", " + domain + "]";
  }
}
