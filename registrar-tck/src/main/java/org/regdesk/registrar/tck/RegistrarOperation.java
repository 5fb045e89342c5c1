package org.regdesk.registrar.tck;

/**
 * The registrar-side operations the suite counts and breaks on purpose through the {@link
 * RegistrarTckFixture}. Each stands for the registrar API request(s) a plugin sends for it, e.g.
 * for DonDominio {@code domain/create} for {@link #REGISTER}; a plugin's extra reads around an
 * operation (a lookup before a create) belong to the operation they are, not to this one.
 */
public enum RegistrarOperation {
  /** The availability check of one or more names (DonDominio: {@code domain/check}). */
  CHECK_AVAILABILITY,
  /** Reading one domain of the account (DonDominio: {@code domain/getinfo}). */
  GET_DOMAIN,
  /** Registering a name; charged (DonDominio: {@code domain/create}). */
  REGISTER,
  /** Starting a transfer in; charged (DonDominio: {@code domain/transfer}). */
  TRANSFER,
  /** Renewing a domain; charged (DonDominio: {@code domain/renew}). */
  RENEW,
  /** Reading a page of the account's domains (DonDominio: {@code domain/list}). */
  LIST_DOMAINS
}
