package org.regdesk.app.registrar;

import java.util.Objects;

/**
 * Whether a plugin can register or transfer names under a TLD, and how the desk knows.
 *
 * <p>The catalog refuses to assign a TLD whose verdict is {@link Verdict#UNSUPPORTED}. {@link
 * Verdict#UNKNOWN} means the desk could not find out (the plugin is not configured yet, or its
 * registrar could not be reached): show the reason and let the admin decide or retry.
 *
 * @param verdict supported, unsupported or unknown
 * @param reason how the verdict was reached, for staff, e.g. {@code .com is in the registrar's TLD
 *     list}
 */
public record TldSupport(Verdict verdict, String reason) {

  /** The answer. */
  public enum Verdict {
    /** The plugin registers or transfers names under the TLD. */
    SUPPORTED,
    /** The plugin does not. */
    UNSUPPORTED,
    /** The desk could not find out; {@link TldSupport#reason()} says why. */
    UNKNOWN
  }

  /**
   * Checks the parts.
   *
   * @param verdict supported, unsupported or unknown
   * @param reason how the verdict was reached
   */
  public TldSupport {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Whether the plugin supports the TLD.
   *
   * @return true only for {@link Verdict#SUPPORTED}
   */
  public boolean supported() {
    return verdict == Verdict.SUPPORTED;
  }
}
