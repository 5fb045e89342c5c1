package org.regdesk.registrar.spi.error;

import org.regdesk.registrar.spi.descriptor.Capability;
import org.regdesk.registrar.spi.value.Tld;

/**
 * The plugin does not offer this operation, or not for this TLD. Callers skip it quietly and hide
 * the matching action; it is not a fault.
 */
public final class NotSupportedException extends RegistrarException {

  /**
   * Not supported.
   *
   * @param detail what is not supported, for staff
   * @param registrarCode the registrar's error code if the registrar said so, or null
   */
  public NotSupportedException(String detail, String registrarCode) {
    super(detail, registrarCode, null);
  }

  /**
   * The plugin lacks a capability.
   *
   * @param capability the capability
   * @return the exception
   */
  public static NotSupportedException of(Capability capability) {
    return new NotSupportedException("the plugin does not support " + capability, null);
  }

  /**
   * The plugin lacks a capability for one TLD.
   *
   * @param capability the capability
   * @param tld the TLD
   * @return the exception
   */
  public static NotSupportedException of(Capability capability, Tld tld) {
    return new NotSupportedException(capability + " is not supported for ." + tld, null);
  }

  /**
   * The plugin has no custom action with this id.
   *
   * @param actionId the id
   * @return the exception
   */
  public static NotSupportedException action(String actionId) {
    return new NotSupportedException("the plugin has no action '" + actionId + "'", null);
  }

  @Override
  public RegistrarErrorKind kind() {
    return RegistrarErrorKind.NOT_SUPPORTED;
  }
}
