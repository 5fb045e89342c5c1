/** The client area under {@code /client} for customers. */
package org.regdesk.app.web.client;
