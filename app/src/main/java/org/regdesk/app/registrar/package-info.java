/**
 * Registrar plugin loading, settings, secrets and the audit of registrar calls. The only package
 * that talks to plugins.
 *
 * <p>For the rest of the desk:
 *
 * <ul>
 *   <li>{@link org.regdesk.app.registrar.Registrars}: the loaded plugins and their descriptors, the
 *       configured registrar of a plugin, TLD support, per-TLD requirements and capabilities, the
 *       contact policy;
 *   <li>{@link org.regdesk.app.registrar.RegistrarConfigurations}: the stored settings (screen and
 *       API);
 *   <li>{@link org.regdesk.app.registrar.RegistrarCallLog}: the audit of registrar calls, newest
 *       first;
 *   <li>{@link org.regdesk.app.registrar.Trigger}: who or what caused the calls made on a thread.
 * </ul>
 */
package org.regdesk.app.registrar;
