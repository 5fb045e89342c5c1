package org.regdesk.app.registrar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Flags on plugins whose registrar refused the credentials. A job that meets an authentication
 * failure {@link #flag flags} the plugin; while the flag is set, jobs for the plugin wait without
 * calling the registrar (no retry storm against a registrar that locks accounts after failed
 * logins). Staff see the flag on Settings › Plugins › Registrars and on the dashboard; a successful
 * Test connection or saving the plugin's settings clears it.
 */
@Service
public class RegistrarFlags {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrarFlags.class);
  private static final int MAX_MESSAGE = 2000;

  private final RegistrarFlagRepository repository;
  private final Clock clock;

  RegistrarFlags(RegistrarFlagRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * The flags stored in a database, outside a Spring context (tests that build the jobs engine by
   * hand, e.g. two instances on one database).
   *
   * @param jdbc the database
   * @param clock the clock
   * @return the service
   */
  public static RegistrarFlags on(
      org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
    return new RegistrarFlags(new RegistrarFlagRepository(jdbc), clock);
  }

  /**
   * Flags a plugin, in a transaction of its own so the flag holds whatever the caller does next.
   *
   * @param plugin the plugin's stable name
   * @param message what the registrar said (no secrets)
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void flag(String plugin, String message) {
    String text = message == null || message.isBlank() ? "Authentication failed" : message.strip();
    if (text.length() > MAX_MESSAGE) {
      text = text.substring(0, MAX_MESSAGE);
    }
    try {
      repository.put(new RegistrarFlag(plugin, text, clock.instant()));
    } catch (DuplicateKeyException raced) {
      // another job flagged it at the same moment: flagged either way
    }
    LOG.warn("Registrar plugin '{}' flagged: the registrar refused its credentials", plugin);
  }

  /**
   * The flag of a plugin.
   *
   * @param plugin the plugin's stable name
   * @return the flag, or empty when the plugin is not flagged
   */
  @Transactional(readOnly = true)
  public Optional<RegistrarFlag> find(String plugin) {
    return repository.find(plugin);
  }

  /**
   * Every flagged plugin, by name.
   *
   * @return the flags
   */
  @Transactional(readOnly = true)
  public List<RegistrarFlag> all() {
    return repository.all();
  }

  /**
   * Clears a plugin's flag.
   *
   * @param plugin the plugin's stable name
   * @return true when there was one
   */
  @Transactional
  public boolean clear(String plugin) {
    boolean cleared = repository.delete(plugin);
    if (cleared) {
      LOG.info("Registrar plugin '{}' no longer flagged", plugin);
    }
    return cleared;
  }

  /**
   * Saving the settings is staff's answer to the flag: jobs may call the registrar again.
   *
   * @param saved the event
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void settingsSaved(RegistrarSettingsSaved saved) {
    clear(saved.plugin());
  }

  /**
   * A successful Test connection shows the registrar accepts the credentials again.
   *
   * @param succeeded the event
   */
  @EventListener
  public void connectionSucceeded(RegistrarConnectionSucceeded succeeded) {
    clear(succeeded.plugin());
  }
}
