package org.regdesk.registrar.spi.descriptor;

/** Who is offered an action, and on which domains (the "Plugin actions" menus). */
public enum ActionAudience {
  /** Staff, on a domain not registered yet (or whose registration failed): e.g. Register. */
  STAFF_UNREGISTERED,
  /** Staff, on a registered domain: e.g. Renew, Registrar lock, Show auth code. */
  STAFF_REGISTERED,
  /** The customer who holds the domain, in the client area. */
  CUSTOMER
}
