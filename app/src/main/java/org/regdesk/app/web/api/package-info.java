/** The REST API under {@code /api/v1}: admin API tokens, JSON errors, paging envelope. */
package org.regdesk.app.web.api;
