package org.regdesk.dondominio.sandbox.http;

import org.regdesk.dondominio.sandbox.engine.ApiResult;
import org.regdesk.dondominio.sandbox.engine.Params;

/** Runs one API action; in the sandbox, {@code SandboxEngine::call}. */
@FunctionalInterface
public interface ActionRunner {

  /**
   * @throws org.regdesk.dondominio.sandbox.engine.ApiError for every refusal the API documents
   */
  ApiResult call(String action, Params params, String callerIp);
}
