/** Requests and responses of the {@code domain} module. */
package org.regdesk.dondominio.client.domain;
