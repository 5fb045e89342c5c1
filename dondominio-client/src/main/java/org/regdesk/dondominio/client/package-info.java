/**
 * Typed client of the DonDominio / MrDomain reseller API. Start at {@link DonDominioClient};
 * requests and responses live in the {@code tool}, {@code account}, {@code domain} and {@code
 * contact} packages, values in {@code value}, failures in {@code error}.
 */
package org.regdesk.dondominio.client;
