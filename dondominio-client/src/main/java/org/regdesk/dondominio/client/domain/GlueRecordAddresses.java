package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;

/** The address rules of glue-record requests. */
final class GlueRecordAddresses {
  private GlueRecordAddresses() {}

  /** The API refuses private and reserved addresses for glue records. */
  static void check(Ipv4Address ipv4, Optional<Ipv6Address> ipv6) {
    Checks.required(ipv4, "ipv4");
    if (!ipv4.isPublicUnicast()) {
      throw new InvalidRequestValueException(
          "ipv4", "must be a public address; glue records cannot use a private or reserved one");
    }
    Checks.optional(ipv6, "ipv6")
        .filter(address -> !address.isPublicUnicast())
        .ifPresent(
            address -> {
              throw new InvalidRequestValueException(
                  "ipv6",
                  "must be a public address; glue records cannot use a private or reserved one");
            });
  }
}
