/**
 * Failures of the client: the exception root, its API-error and transport branches, the error-code
 * table, and invalid request values.
 */
package org.regdesk.dondominio.client.error;
