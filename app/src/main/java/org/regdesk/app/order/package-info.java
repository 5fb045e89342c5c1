/**
 * Orders: register, transfer and renew a domain for a customer, validated before anything is stored
 * and carried out exactly once by one job per order (mark before call, look up after an unknown
 * outcome), with the customer's price, the domain record and the outcome kept.
 */
package org.regdesk.app.order;
