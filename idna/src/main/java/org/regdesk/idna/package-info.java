/**
 * Internationalised domain names under IDNA2008 (RFC 5890-5893) and Punycode (RFC 3492), the one
 * implementation every Regdesk module uses: {@link org.regdesk.idna.Idna} converts names and
 * labels, {@link org.regdesk.idna.Punycode} encodes, {@link org.regdesk.idna.IdnaException} says
 * which {@link org.regdesk.idna.IdnaViolation rule} a refused name breaks.
 *
 * <p>It exists because {@link java.net.IDN} implements IDNA2003, which silently maps names ({@code
 * straße.de} to {@code strasse.de}, {@code ς} to {@code σ}, joiners dropped) and refuses the
 * A-labels IDNA2008 registries use. JDK only, so the plugin contract can depend on it.
 */
package org.regdesk.idna;
