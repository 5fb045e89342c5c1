package org.regdesk.dondominio.sandbox.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The implemented actions by lower-case {@code module/action}, each marked read or write. */
final class ActionTable {
  /** An action and whether it needs the write lock. */
  record Entry(Action action, boolean writes) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  static ActionTable standard() {
    ActionTable table = new ActionTable();
    ToolActions.register(table);
    AccountActions.register(table);
    CheckActions.register(table);
    CreateAction.register(table);
    TransferActions.register(table);
    RenewAction.register(table);
    UpdateActions.register(table);
    InfoActions.register(table);
    ListActions.register(table);
    GlueRecordActions.register(table);
    DnssecActions.register(table);
    ContactActions.register(table);
    return table;
  }

  void reads(String name, Action action) {
    put(name, new Entry(action, false));
  }

  void writes(String name, Action action) {
    put(name, new Entry(action, true));
  }

  private void put(String name, Entry entry) {
    if (entries.putIfAbsent(name, entry) != null) {
      throw new IllegalStateException("action registered twice: " + name);
    }
  }

  Optional<Entry> find(String name) {
    return Optional.ofNullable(entries.get(name));
  }
}
