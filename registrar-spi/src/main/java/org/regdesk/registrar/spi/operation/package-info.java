/**
 * The requests and results of {@link org.regdesk.registrar.spi.Registrar} operations.
 *
 * <p>Requests are what a caller asks for and are as strict as the values they hold. Results are
 * what a registrar reports and are more lenient where registrar data may predate today's rules
 * ({@link org.regdesk.registrar.spi.operation.ContactRecord}, {@link
 * org.regdesk.registrar.spi.operation.NameserverState}); an unknown part of a result is an empty
 * {@link java.util.Optional}, never a guessed default.
 */
package org.regdesk.registrar.spi.operation;
