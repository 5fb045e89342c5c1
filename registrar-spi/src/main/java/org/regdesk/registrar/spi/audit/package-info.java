/**
 * The audit of registrar calls: every API call a plugin makes becomes a {@link
 * org.regdesk.registrar.spi.audit.RegistrarCall} in the host's {@link
 * org.regdesk.registrar.spi.audit.AuditSink}, with secrets masked by {@link
 * org.regdesk.registrar.spi.audit.SecretMasker}. {@link org.regdesk.registrar.spi.audit.CallAudit}
 * does the timing and recording for the plugin.
 */
package org.regdesk.registrar.spi.audit;
