package org.regdesk.dondominio.client.internal;

import java.util.Optional;

/**
 * Compares the API version a server reports with the version this client was written for, as the
 * official SDK does: a newer minor version of the same major means the client may be missing
 * something; a newer major version means it may be deprecated. Never fails a call.
 */
public final class ApiVersionCheck {
  /** The API major version this client targets. */
  public static final int TARGET_MAJOR = 1;

  /** The API minor version this client targets. */
  public static final int TARGET_MINOR = 1;

  private ApiVersionCheck() {}

  /** A warning for a server version newer than the target; empty when none is due. */
  public static Optional<String> warningFor(String serverVersion) {
    String[] parts = serverVersion.trim().split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    int major;
    int minor;
    try {
      major = Integer.parseInt(parts[0]);
      minor = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (major > TARGET_MAJOR) {
      return Optional.of(
          "server API version "
              + serverVersion
              + " is a newer major version than this client's "
              + TARGET_MAJOR
              + "."
              + TARGET_MINOR
              + "; the client may be deprecated");
    }
    if (major == TARGET_MAJOR && minor > TARGET_MINOR) {
      return Optional.of(
          "server API version "
              + serverVersion
              + " is newer than this client's "
              + TARGET_MAJOR
              + "."
              + TARGET_MINOR
              + "; the client may not be up to date");
    }
    return Optional.empty();
  }
}
