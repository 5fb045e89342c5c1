package org.regdesk.app.security;

/** What a signed-in person may do: staff pages ({@code /admin}) or the client area. */
public enum Role {
  /** Staff: the admin panel under {@code /admin/**} and the REST API. */
  ADMIN,
  /** A customer: the client area under {@code /client/**}. */
  CUSTOMER;

  /**
   * The Spring Security authority, e.g. {@code ROLE_ADMIN}.
   *
   * @return the authority name
   */
  public String authority() {
    return "ROLE_" + name();
  }
}
