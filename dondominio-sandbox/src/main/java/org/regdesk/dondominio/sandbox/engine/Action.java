package org.regdesk.dondominio.sandbox.engine;

/**
 * One API action's body. It validates everything before it changes anything, so a refusal ({@link
 * ApiError}) leaves the state as it was.
 */
@FunctionalInterface
interface Action {
  ApiResult run(SandboxState state, Params params, CallContext call);
}
