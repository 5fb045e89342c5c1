/**
 * Mail: the outbox (mail queued in the transaction of the change it reports), the recurring job
 * that sends it with backoff, and the text templates for staff and customers.
 */
package org.regdesk.app.mail;
