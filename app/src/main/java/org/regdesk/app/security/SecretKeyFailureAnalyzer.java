package org.regdesk.app.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused secret key into a short start-up message instead of a stack trace. */
public final class SecretKeyFailureAnalyzer extends AbstractFailureAnalyzer<SecretKeyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SecretKeyException cause) {
    return new FailureAnalysis(
        "The desk cannot use its secret key: " + cause.getMessage(),
        "Fix the key as described above, then start again. Secrets already stored can only be"
            + " read with the key that stored them.",
        cause);
  }
}
