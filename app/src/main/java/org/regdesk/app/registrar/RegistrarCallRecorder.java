package org.regdesk.app.registrar;

import org.regdesk.registrar.spi.audit.AuditSink;
import org.regdesk.registrar.spi.audit.RegistrarCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's {@link AuditSink}: stores every registrar call a plugin reports, with the trigger in
 * force, in {@code registrar_calls}.
 *
 * <p>Each call is written in a transaction of its own: the audit must survive when the caller's
 * transaction rolls back (a failed order still shows the registrar's answer), and a failing audit
 * write is logged and swallowed, never turning a registration that happened into an error.
 */
@Component
class RegistrarCallRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrarCallRecorder.class);

  private final RegistrarCallRepository repository;
  private final InFlightTriggers inFlight;
  private final TransactionTemplate ownTransaction;

  /**
   * Creates the recorder.
   *
   * @param repository the calls table
   * @param inFlight triggers of calls running on plugin threads
   * @param transactions the desk's transaction manager
   */
  RegistrarCallRecorder(
      RegistrarCallRepository repository,
      InFlightTriggers inFlight,
      PlatformTransactionManager transactions) {
    this.repository = repository;
    this.inFlight = inFlight;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The sink to hand a plugin in its {@code RegistrarContext}.
   *
   * @param plugin the plugin's stable name, recorded with each call
   * @return the sink
   */
  AuditSink sinkFor(String plugin) {
    return call -> record(plugin, call);
  }

  /**
   * Stores one call; never throws.
   *
   * @param plugin the plugin that made it
   * @param call the call
   */
  void record(String plugin, RegistrarCall call) {
    try {
      Trigger trigger =
          Trigger.scoped()
              .or(() -> call.domain().flatMap(domain -> inFlight.find(plugin, domain)))
              .orElseGet(Trigger::current);
      ownTransaction.executeWithoutResult(status -> repository.insert(plugin, call, trigger));
    } catch (RuntimeException failure) {
      // The exception's text could quote the row (masked, but still): only its type goes out.
      LOG.error(
          "Could not record the registrar call {} of plugin '{}' in the audit: {}",
          call.action(),
          plugin,
          failure.getClass().getName());
    }
  }
}
