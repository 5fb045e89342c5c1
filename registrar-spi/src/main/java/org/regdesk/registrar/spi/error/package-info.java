/**
 * The one failure family of the registrar boundary: the sealed {@link
 * org.regdesk.registrar.spi.error.RegistrarException}, whose {@link
 * org.regdesk.registrar.spi.error.RegistrarErrorKind kind} tells the caller what it may do next.
 *
 * <p>A plugin maps every failure of its registrar into exactly one of these kinds, in one table.
 * The hardest line to draw is between {@link org.regdesk.registrar.spi.error.UnavailableException}
 * (nothing happened, retry) and {@link org.regdesk.registrar.spi.error.OutcomeUnknownException}
 * (something may have happened, look it up): when in doubt about a charged or changing request, it
 * is the latter.
 */
package org.regdesk.registrar.spi.error;
