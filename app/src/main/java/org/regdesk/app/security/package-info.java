/**
 * Authentication, roles, CSRF, login throttling, API tokens, admin accounts and secrets at rest.
 */
package org.regdesk.app.security;
