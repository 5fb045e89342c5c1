/** Requests and responses of the {@code contact} module. */
package org.regdesk.dondominio.client.contact;
