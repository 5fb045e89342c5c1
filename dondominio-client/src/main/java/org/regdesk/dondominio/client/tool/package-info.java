/** Requests and responses of the {@code tool} module. */
package org.regdesk.dondominio.client.tool;
