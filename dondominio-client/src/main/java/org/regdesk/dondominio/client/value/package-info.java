/**
 * Validated value types of the API: domain names, selectors, contacts, name servers, money,
 * statuses. An instance of any of them is valid by construction.
 */
package org.regdesk.dondominio.client.value;
