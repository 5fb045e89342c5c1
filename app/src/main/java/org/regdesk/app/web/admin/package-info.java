/**
 * The staff panel under {@code /admin}: one controller per screen, templates under {@code
 * templates/admin/<feature>/}.
 */
package org.regdesk.app.web.admin;
