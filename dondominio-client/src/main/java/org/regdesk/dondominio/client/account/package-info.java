/** Requests and responses of the {@code account} module. */
package org.regdesk.dondominio.client.account;
