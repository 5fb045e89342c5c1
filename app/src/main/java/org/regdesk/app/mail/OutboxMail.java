package org.regdesk.app.mail;

import java.time.Instant;

/**
 * A mail in the outbox, as staff see it on {@code /admin/mail}. The body never holds a secret:
 * where a mail carries one (an auth code) the body holds {@link MailOutbox#SECRET_MARK} and the
 * secret is stored sealed apart, put in only when the mail is sent, and deleted after.
 *
 * @param id the mail's number
 * @param template which template made it, e.g. {@code job-failed}
 * @param recipient the address
 * @param subject the subject
 * @param body the text, with the secret's place marked
 * @param holdsSecret whether a sealed secret waits to be sent with it
 * @param state {@code PENDING} or {@code SENT}
 * @param attempts tries to hand it to the mail server
 * @param nextTryAt when it is tried next (pending mail)
 * @param lastError why the last try failed, or null
 * @param createdAt when it was queued
 * @param sentAt when the mail server took it, or null
 */
public record OutboxMail(
    long id,
    String template,
    String recipient,
    String subject,
    String body,
    boolean holdsSecret,
    String state,
    int attempts,
    Instant nextTryAt,
    String lastError,
    Instant createdAt,
    Instant sentAt) {

  /**
   * Whether the mail server has taken it.
   *
   * @return true when sent
   */
  public boolean sent() {
    return "SENT".equals(state);
  }
}
