/**
 * Failures of the client: {@link org.regdesk.dondominio.client.error.DonDominioException} and
 *
 * <p>its API-error and transport branches, the error-code table, and invalid request values.
 */
package org.regdesk.dondominio.client.error;
