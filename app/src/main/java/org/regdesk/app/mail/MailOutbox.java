package org.regdesk.app.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.app.security.SecretBox;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox. Features queue mail inside their own transaction (so a mail goes out exactly
 * when the change it reports commits); {@link SendMailJob} hands pending mail to the mail server
 * every {@code regdesk.mail.send-interval}. A mail the server does not take stays pending and is
 * tried again with backoff, so an outage loses nothing. Without {@code spring.mail.host} (demo
 * mode) nothing is sent: mail stays in the outbox, visible on {@code /admin/mail}.
 *
 * <p>A secret a mail must carry (an auth code) is sealed with {@link SecretBox} in its own column,
 * put into the text only at the moment of sending, and deleted once sent; the stored body holds
 * {@link #SECRET_MARK} in its place, and pages show {@link #MASK}.
 */
@Service
public class MailOutbox {

  /** Where a secret goes in a stored body. */
  static final String SECRET_MARK = "{{regdesk:secret}}";

  /** How a secret's place shows on pages. */
  public static final String MASK = "********";

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
  private static final int BATCH = 50;

  private final OutboxRepository repository;
  private final MailTemplates templates;
  private final SecretBox secrets;
  private final Optional<JavaMailSender> sender;
  private final RegdeskProperties.Mail settings;
  private final Clock clock;

  MailOutbox(
      OutboxRepository repository,
      MailTemplates templates,
      SecretBox secrets,
      Optional<JavaMailSender> sender,
      RegdeskProperties properties,
      Clock clock) {
    this.repository = repository;
    this.templates = templates;
    this.secrets = secrets;
    this.sender = sender;
    this.settings = properties.mail();
    this.clock = clock;
  }

  /**
   * Queues the staff notice that a job stopped, to every {@code regdesk.mail.staff} address.
   *
   * @param model {@code job}, {@code state}, {@code message}
   * @return how many mails were queued (0 when no staff address is set)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int queueStaff(String template, Map<String, Object> model) {
    for (String address : settings.staff()) {
      queue(template, address, model);
    }
    return settings.staff().size();
  }

  /**
   * Queues the customer's mail about a transfer's outcome.
   *
   * @param recipient the customer's address
   * @param domain the domain, as shown
   * @param succeeded whether the transfer completed
   * @param message the registrar's reason when it did not
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void queueTransferOutcome(
      String recipient, String domain, boolean succeeded, String message) {
    Map<String, Object> model = new HashMap<>();
    model.put("domain", domain);
    model.put("succeeded", succeeded);
    model.put("message", message == null ? "" : message);
    queue("transfer-outcome", recipient, model);
  }

  /**
   * Queues the auth code to a domain's owner. The code is sealed in the outbox, never in the stored
   * text, and deleted once the mail is sent.
   *
   * @param recipient the owner's address
   * @param domain the domain, as shown
   * @param authCode the auth code
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void queueAuthCode(String recipient, String domain, String authCode) {
    FieldErrors errors = new FieldErrors();
    errors.require("authCode", authCode);
    errors.throwIfAny();
    Map<String, Object> model = new HashMap<>();
    model.put("domain", domain);
    model.put("authCode", SECRET_MARK);
    store("auth-code", recipient, model, secrets.seal(authCode));
  }

  /**
   * Queues a mail from a template.
   *
   * @param template the template's name under {@code mail/}
   * @param recipient the address
   * @param model the template's values (no secrets: use {@link #queueAuthCode})
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void queue(String template, String recipient, Map<String, Object> model) {
    store(template, recipient, model, null);
  }

  private void store(
      String template, String recipient, Map<String, Object> model, String sealedSecret) {
    FieldErrors errors = new FieldErrors();
    errors.require("recipient", recipient);
    errors.check(
        "recipient",
        recipient == null || recipient.matches("[^@\\s]+@[^@\\s]+"),
        "must be an e-mail address");
    errors.throwIfAny();
    MailTemplates.Rendered mail = templates.render(template, model);
    repository.insert(
        template, recipient.strip(), mail.subject(), mail.body(), sealedSecret, clock.instant());
  }

  /**
   * Whether mail is handed to a mail server at all ({@code spring.mail.host} set).
   *
   * @return false in demo mode
   */
  public boolean sending() {
    return sender.isPresent();
  }

  /**
   * Hands every due pending mail to the mail server. Each mail is marked sent right after the
   * server took it; a refused or unreachable server leaves it pending with the error and a later
   * try time ({@code retry-delay} doubling up to {@code max-retry-delay}).
   *
   * @return how many were sent
   */
  public int sendDue() {
    if (sender.isEmpty()) {
      return 0;
    }
    int sent = 0;
    for (OutboxRepository.Due due : repository.due(clock.instant(), BATCH)) {
      OutboxMail mail = due.mail();
      try {
        sender.get().send(message(mail, due.sealedSecret()));
      } catch (MailException | jakarta.mail.MessagingException failed) {
        Duration wait = backoff(mail.attempts() + 1);
        String error = failed.getClass().getSimpleName() + ": " + firstLine(failed.getMessage());
        repository.markFailed(mail.id(), error, clock.instant().plus(wait));
        LOG.warn("Mail {} not sent, next try in {}: {}", mail.id(), wait, error);
        continue;
      }
      repository.markSent(mail.id(), clock.instant());
      sent++;
    }
    return sent;
  }

  private MimeMessage message(OutboxMail mail, String sealedSecret)
      throws jakarta.mail.MessagingException {
    String body = mail.body();
    if (sealedSecret != null) {
      body = body.replace(SECRET_MARK, secrets.open(sealedSecret));
    }
    MimeMessage message = sender.get().createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(settings.from());
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(body, false);
    helper.setSentDate(java.util.Date.from(clock.instant()));
    return message;
  }

  Duration backoff(int attempts) {
    Duration wait = settings.retryDelay();
    for (int i = 1; i < attempts && wait.compareTo(settings.maxRetryDelay()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : wait;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /**
   * The outbox, newest first, secrets masked.
   *
   * @param state {@code PENDING}, {@code SENT}, or null for all
   * @param request the page
   * @return the page
   */
  @Transactional(readOnly = true)
  public Page<OutboxMail> list(String state, PageRequest request) {
    String filter =
        state == null || state.isBlank() ? null : state.strip().toUpperCase(java.util.Locale.ROOT);
    return repository.page(filter, request).map(MailOutbox::masked);
  }

  /**
   * The mail to one address, oldest first, secrets masked.
   *
   * @param recipient the address
   * @return the mail
   */
  @Transactional(readOnly = true)
  public List<OutboxMail> to(String recipient) {
    return repository.to(recipient).stream().map(MailOutbox::masked).toList();
  }

  private static OutboxMail masked(OutboxMail mail) {
    return new OutboxMail(
        mail.id(),
        mail.template(),
        mail.recipient(),
        mail.subject(),
        mail.body().replace(SECRET_MARK, MASK),
        mail.holdsSecret(),
        mail.state(),
        mail.attempts(),
        mail.nextTryAt(),
        mail.lastError(),
        mail.createdAt(),
        mail.sentAt());
  }

  /**
   * When the outbox was last looked at; for tests and the screen.
   *
   * @return now
   */
  Instant now() {
    return clock.instant();
  }
}
