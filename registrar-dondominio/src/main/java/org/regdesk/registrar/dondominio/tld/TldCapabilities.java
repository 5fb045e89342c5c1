package org.regdesk.registrar.dondominio.tld;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.regdesk.registrar.spi.value.Tld;

/**
 * Where DonDominio offers less than everywhere else: the TLDs whose registries have no registrar
 * (transfer) lock. For these {@code domain/getinfo} leaves {@code transferBlock} out and an update
 * of it is refused, so the plugin declares the lock unsupported and never asks.
 */
public final class TldCapabilities {

  private static final Set<Tld> WITHOUT_TRANSFER_LOCK =
      Arrays.stream(
              new String[] {
                "es", "com.es", "nom.es", "org.es", "gob.es", "edu.es", "eu", "de", "uk", "co.uk",
                "me.uk", "org.uk", "ru", "pl", "hk"
              })
          .map(Tld::of)
          .collect(Collectors.toUnmodifiableSet());

  private TldCapabilities() {}

  /**
   * The TLDs without a registrar lock.
   *
   * @return the TLDs
   */
  public static Set<Tld> withoutTransferLock() {
    return WITHOUT_TRANSFER_LOCK;
  }

  /**
   * Whether a TLD has a registrar lock.
   *
   * @param tld the TLD
   * @return true unless the registry has none
   */
  public static boolean hasTransferLock(Tld tld) {
    return !WITHOUT_TRANSFER_LOCK.contains(tld);
  }
}
