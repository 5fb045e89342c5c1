/**
 * Typed client of the DonDominio / MrDomain reseller API. Start at {@link\n *
 * org.regdesk.dondominio.client.DonDominioClient}; requests and responses live in the {@code\n *
 * tool}, {@code account}, {@code domain} and {@code contact} packages, values in {@code value},\n *
 * failures in {@code error}.
 */
package org.regdesk.dondominio.client;
