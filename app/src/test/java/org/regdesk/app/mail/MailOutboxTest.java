package org.regdesk.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.regdesk.app.config.RegdeskProperties;
import org.regdesk.app.security.SecretBox;
import org.regdesk.app.security.SecretKeySource;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.TestDatabase;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox against GreenMail, a real SMTP server, on H2 and PostgreSQL. */
class MailOutboxTest {

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock();
  private GreenMail smtp;
  private JavaMailSenderImpl sender;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  private MailOutbox outbox(TestDatabase db, Optional<JavaMailSenderImpl> mailSender) {
    SecureRandom random = new SecureRandom();
    SecretBox secrets =
        new SecretBox(SecretKeySource.load(null, dir.resolve("key"), random), random);
    RegdeskProperties properties =
        new RegdeskProperties(
            dir,
            new RegdeskProperties.Sandbox(null, 0, "u", "p"),
            new RegdeskProperties.Secret(null, null),
            new RegdeskProperties.Login(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            RegdeskProperties.RegistrarOptions.defaults(),
            RegdeskProperties.Jobs.defaults(),
            new RegdeskProperties.Mail(
                "desk@regdesk.test",
                List.of("staff@regdesk.test"),
                Duration.ofSeconds(30),
                Duration.ofMinutes(1),
                Duration.ofHours(1)));
    return new MailOutbox(
        new OutboxRepository(db.jdbc()),
        new MailTemplates(),
        secrets,
        mailSender.map(s -> s),
        properties,
        clock);
  }

  private static Map<String, Object> notice(String key) {
    return Map.of(
        "job", Map.of("id", 7, "kind", "register", "key", key, "attempts", 1),
        "state", "needs attention",
        "message", "domain already registered");
  }

  @DatabaseTest
  void mailQueuedInACommittedTransactionIsSentOnceAndKeepsItsTime(TestDatabase db)
      throws Exception {
    MailOutbox outbox = outbox(db, Optional.of(sender));
    db.transactions()
        .executeWithoutResult(s -> outbox.queueStaff("job-failed", notice("kept.example")));
    db.transactions()
        .executeWithoutResult(
            s -> {
              outbox.queueStaff("job-failed", notice("rolled-back.example"));
              s.setRollbackOnly();
            });

    clock.advance(Duration.ofSeconds(5));
    assertThat(outbox.sendDue()).isEqualTo(1);
    assertThat(outbox.sendDue()).isZero();
    clock.advance(Duration.ofHours(2));
    assertThat(outbox.sendDue()).isZero();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).contains("kept.example").contains("needs attention");
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("desk@regdesk.test");
    assertThat(GreenMailUtil.getBody(received[0])).contains("domain already registered");
    assertThat(outbox.to("staff@regdesk.test"))
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.sent()).isTrue();
              assertThat(mail.sentAt()).isEqualTo(MutableClock.START.plusSeconds(5));
            });
  }

  @DatabaseTest
  void aMailServerOutageLosesNothingAndTheMailGoesOutAfterIt(TestDatabase db) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    sender.setPort(closedPort);
    MailOutbox outbox = outbox(db, Optional.of(sender));
    db.transactions()
        .executeWithoutResult(s -> outbox.queueStaff("job-failed", notice("outage.example")));

    assertThat(outbox.sendDue()).isZero();
    assertThat(outbox.sendDue()).isZero();
    var pending = outbox.to("staff@regdesk.test").get(0);
    assertThat(pending.sent()).isFalse();
    assertThat(pending.attempts()).isEqualTo(1);
    assertThat(pending.lastError()).isNotBlank();
    assertThat(pending.nextTryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

    clock.advance(Duration.ofMinutes(1));
    assertThat(outbox.sendDue()).isZero();
    assertThat(outbox.to("staff@regdesk.test").get(0).nextTryAt())
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

    sender.setPort(smtp.getSmtp().getPort());
    clock.advance(Duration.ofMinutes(2));
    assertThat(outbox.sendDue()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(outbox.to("staff@regdesk.test").get(0).sent()).isTrue();
  }

  @DatabaseTest
  void anAuthCodeIsSealedInTheOutboxSentOnceAndThenForgotten(TestDatabase db) throws Exception {
    String code = "Zq9-x!7PauthCODE";
    MailOutbox outbox = outbox(db, Optional.of(sender));
    db.transactions()
        .executeWithoutResult(s -> outbox.queueAuthCode("owner@example.test", "example.com", code));

    assertThat(stored(db)).noneMatch(value -> value != null && value.contains(code));
    assertThat(outbox.list(null, PageRequest.first()).items())
        .filteredOn(m -> m.recipient().equals("owner@example.test"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.body()).contains(MailOutbox.MASK).doesNotContain(code);
              assertThat(m.holdsSecret()).isTrue();
            });

    assertThat(outbox.sendDue()).isEqualTo(1);
    assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains(code);
    assertThat(outbox.to("owner@example.test").get(0).holdsSecret()).isFalse();
    assertThat(stored(db)).noneMatch(value -> value != null && value.contains(code));
    assertThat(
            db.jdbc()
                .sql("SELECT COUNT(*) FROM mail_outbox WHERE secret IS NOT NULL")
                .query(Long.class)
                .single())
        .isZero();
  }

  @DatabaseTest
  void withoutAMailServerMailStaysInTheOutbox(TestDatabase db) {
    MailOutbox outbox = outbox(db, Optional.empty());
    db.transactions()
        .executeWithoutResult(
            s ->
                outbox.queueTransferOutcome(
                    "c@example.test", "example.org", false, "wrong auth code"));
    assertThat(outbox.sending()).isFalse();
    assertThat(outbox.sendDue()).isZero();
    assertThat(outbox.list("pending", PageRequest.first()).items())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).isEqualTo("Transfer of example.org: not completed");
              assertThat(m.body()).contains("wrong auth code");
            });
  }

  private static List<String> stored(TestDatabase db) {
    return db.jdbc()
        .sql("SELECT subject, body, secret FROM mail_outbox")
        .query(
            (rs, n) ->
                rs.getString("subject")
                    + "\n"
                    + rs.getString("body")
                    + "\n"
                    + rs.getString("secret"))
        .list();
  }
}
