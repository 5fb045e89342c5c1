/**
 * Registrar plugin loading, settings, secrets and the audit of registrar calls. The only package
 * that talks to plugins.
 */
package org.regdesk.app.registrar;
