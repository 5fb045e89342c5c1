package org.regdesk.dondominio.client.account;

import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;

/**
 * A TLD the account can sell, from {@code account/zones}.
 *
 * @param tld the TLD without leading dot, e.g. {@code com.es}
 * @param tldTop its top-level domain, e.g. {@code es}
 * @param authcodeRequired whether transfers need an auth code
 * @param requirements registry requirements as the server lists them
 * @param create the registration price, if offered
 * @param renew the renewal price, if offered
 * @param transfer the transfer price, if offered
 */
public record Zone(
    String tld,
    String tldTop,
    boolean authcodeRequired,
    List<String> requirements,
    Optional<ZonePrice> create,
    Optional<ZonePrice> renew,
    Optional<ZonePrice> transfer) {

  /** Copies the list. */
  public Zone {
    requirements = List.copyOf(requirements);
  }

  /** Reads one zone. */
  public static Zone from(ResponseData data) {
    return new Zone(
        data.text("tld"),
        data.textOrEmpty("tldtop"),
        data.flagOrFalse("authcodereq"),
        data.texts("requirements"),
        data.optionalObject("create").map(ZonePrice::from),
        data.optionalObject("renew").map(ZonePrice::from),
        data.optionalObject("transfer").map(ZonePrice::from));
  }
}
