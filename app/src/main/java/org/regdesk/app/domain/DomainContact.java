package org.regdesk.app.domain;

import java.util.Optional;
import org.regdesk.registrar.spi.operation.ContactRecord;
import org.regdesk.registrar.spi.value.ContactHandle;
import org.regdesk.registrar.spi.value.ContactRole;

/**
 * A domain's contact in one role, as the desk keeps it: the registrar's handle and a one-line
 * summary for pages. The full data stays at the registrar.
 *
 * @param role the role
 * @param handle the registrar's contact identifier, if it has one
 * @param summary e.g. {@code Ana García · Acme S.L. · ana@example.org}
 */
public record DomainContact(ContactRole role, Optional<String> handle, String summary) {

  /** The longest summary stored. */
  public static final int MAX_SUMMARY = 600;

  /** Cuts a long summary. */
  public DomainContact {
    if (summary.length() > MAX_SUMMARY) {
      summary = summary.substring(0, MAX_SUMMARY);
    }
  }

  /**
   * The desk's record of a contact the registrar reported.
   *
   * @param role the role
   * @param record the registrar's contact
   * @return the contact
   */
  public static DomainContact of(ContactRole role, ContactRecord record) {
    StringBuilder summary = new StringBuilder();
    String name = (record.firstName() + " " + record.lastName()).strip();
    append(summary, name);
    append(summary, record.organisationName());
    append(summary, record.email());
    if (summary.isEmpty()) {
      summary.append("(no details)");
    }
    return new DomainContact(role, record.handle().map(ContactHandle::value), summary.toString());
  }

  private static void append(StringBuilder summary, String part) {
    if (part != null && !part.isBlank()) {
      summary.append(summary.isEmpty() ? "" : " · ").append(part.strip());
    }
  }

  /** Shows the role and handle only: the summary is personal data. */
  @Override
  public String toString() {
    return "DomainContact[" + role + ", " + handle.orElse("-") + "]";
  }
}
