package org.regdesk.registrar.dondominio.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.regdesk.registrar.spi.audit.AuditSink;
import org.regdesk.registrar.spi.audit.RegistrarCall;

/** An audit sink that keeps every call, as the desk's audit table would. */
public final class RecordingAudit implements AuditSink {

  private final List<RegistrarCall> calls = new CopyOnWriteArrayList<>();

  @Override
  public void record(RegistrarCall call) {
    calls.add(call);
  }

  public List<RegistrarCall> calls() {
    return List.copyOf(calls);
  }

  public List<RegistrarCall> calls(String action) {
    return calls.stream().filter(call -> call.action().equals(action)).toList();
  }

  public void clear() {
    calls.clear();
  }
}
