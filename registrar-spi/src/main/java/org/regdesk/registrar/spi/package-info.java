/**
 * The registrar plugin contract of Regdesk: the plugin author's manual.
 *
 * <h2>What a plugin is</h2>
 *
 * A jar with one {@link org.regdesk.registrar.spi.RegistrarProvider} listed in {@code
 * META-INF/services}. The provider describes the plugin ({@link
 * org.regdesk.registrar.spi.descriptor.RegistrarDescriptor}: settings, actions, capabilities,
 * per-TLD requirements) and creates a {@link org.regdesk.registrar.spi.Registrar} from the saved
 * settings and a {@link org.regdesk.registrar.spi.RegistrarContext} (clock, audit, logger). The
 * host finds plugins on its class path and in {@code plugins/registrars/} ({@link
 * org.regdesk.registrar.spi.loading.RegistrarPlugins}).
 *
 * <h2>The packages</h2>
 *
 * <ul>
 *   <li>{@code value}: checked value types (domain names, contacts, name servers, money …);
 *   <li>{@code descriptor}: settings schema, actions, capabilities, TLD requirements;
 *   <li>{@code operation}: requests and results of the operations;
 *   <li>{@code error}: the sealed failure family, one kind per "what next";
 *   <li>{@code audit}: the record of every registrar call, with secrets masked;
 *   <li>{@code loading}: finding and loading plugins.
 * </ul>
 *
 * <p>The module depends on the JDK and on Regdesk's JDK-only {@code idna} module (the IDNA2008
 * rules of domain names, shared with the host): nothing in the contract ties a plugin to the host's
 * third-party libraries or their versions.
 */
package org.regdesk.registrar.spi;
