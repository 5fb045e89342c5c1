package org.regdesk.app.domain;

/**
 * One row of the domain list: the domain and who it belongs to.
 *
 * @param domain the domain (without contacts and custom field values)
 * @param customerName the customer's first and last name
 * @param customerEmail the customer's e-mail address
 */
public record DomainListItem(Domain domain, String customerName, String customerEmail) {

  /** Shows the domain only: the customer's name and address are personal data. */
  @Override
  public String toString() {
    return "DomainListItem[" + domain + "]";
  }
}
