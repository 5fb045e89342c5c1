/**
 * The contract suite every registrar plugin must pass: extend {@link
 * org.regdesk.registrar.tck.RegistrarTck} in the plugin's tests and supply a {@link
 * org.regdesk.registrar.tck.RegistrarTckFixture} for the plugin's test registrar. The module's
 * README is the guide: how to run it, the fixture contract, and what each test group checks.
 */
package org.regdesk.registrar.tck;
