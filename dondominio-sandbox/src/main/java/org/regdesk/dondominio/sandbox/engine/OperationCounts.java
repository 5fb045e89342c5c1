package org.regdesk.dondominio.sandbox.engine;

/**
 * How often a name went through the billable operations, over all its lives in the account: for the
 * control API, so tests can prove an operation ran exactly once.
 */
final class OperationCounts {
  int created;
  int transferred;
  int renewed;
}
