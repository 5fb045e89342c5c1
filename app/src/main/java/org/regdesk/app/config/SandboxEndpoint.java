package org.regdesk.app.config;

import java.net.URI;
import java.util.Objects;

/**
 * Where the demo sandbox listens and the credentials it accepts: the registrar feature points the
 * DonDominio plugin here in demo mode. A bean only while demo mode is on.
 *
 * @param uri the API base, e.g. {@code http://127.0.0.1:41234/}
 * @param apiUser the API user
 * @param apiPassword the API password (never printed)
 */
public record SandboxEndpoint(URI uri, String apiUser, String apiPassword) {

  /** Checks that all parts are present. */
  public SandboxEndpoint {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(apiUser, "apiUser");
    Objects.requireNonNull(apiPassword, "apiPassword");
  }

  @Override
  public String toString() {
    return "SandboxEndpoint[" + uri + ", apiUser=" + apiUser + ", apiPassword=***]";
  }
}
