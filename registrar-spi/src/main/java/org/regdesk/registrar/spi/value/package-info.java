/**
 * The values every operation speaks in: domain names and TLDs, periods, money, contacts, name
 * servers, glue and DS records, auth codes.
 *
 * <p>Each value is a record checked when it is built: a {@link
 * org.regdesk.registrar.spi.value.DomainName} cannot hold {@code -bad-.com}, a {@link
 * org.regdesk.registrar.spi.value.Period} cannot be 0 years, a {@link
 * org.regdesk.registrar.spi.value.Nameservers} cannot hold 1 or 8 hosts. A broken rule throws
 * {@link org.regdesk.registrar.spi.value.InvalidValueException}, which names the field and the rule
 * and never repeats a secret or personal value. So a plugin that receives these values may trust
 * them and check only what its registrar adds.
 */
package org.regdesk.registrar.spi.value;
