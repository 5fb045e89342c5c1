package org.regdesk.dondominio.client.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.HostName;
import org.regdesk.dondominio.client.value.Ipv4Address;
import org.regdesk.dondominio.client.value.Ipv6Address;

/**
 * A domain's name servers ({@code domain/getinfo infoType=nameservers}, {@code
 * domain/getnameservers}, or a {@code domain/list} item with that info type).
 *
 * @param domain the base fields
 * @param usesDefaultNameservers whether DonDominio's hosting DNS is in use ({@code defaultNS})
 * @param nameservers the name servers in order
 */
public record DomainNameserverInfo(
    DomainSummary domain, boolean usesDefaultNameservers, List<Nameserver> nameservers) {

  /** Copies the list. */
  public DomainNameserverInfo {
    nameservers = List.copyOf(nameservers);
  }

  /** Reads the response data; entries are sorted by {@code order}. */
  public static DomainNameserverInfo from(ResponseData data) {
    List<Nameserver> list = new ArrayList<>();
    List<ResponseData> items = data.objects("nameservers");
    for (int i = 0; i < items.size(); i++) {
      list.add(Nameserver.from(items.get(i), i + 1));
    }
    list.sort(Comparator.comparingInt(Nameserver::order));
    return new DomainNameserverInfo(DomainSummary.from(data), data.flagOrFalse("defaultNS"), list);
  }

  /**
   * One name server.
   *
   * @param order its position, 1-based
   * @param name the host
   * @param ipv4 its IPv4 address, when known
   * @param ipv6 its IPv6 address, when known
   */
  public record Nameserver(
      int order, HostName name, Optional<Ipv4Address> ipv4, Optional<Ipv6Address> ipv6) {

    /** Reads one entry; {@code position} is used when {@code order} is missing. */
    public static Nameserver from(ResponseData data, int position) {
      return new Nameserver(
          data.optionalInteger("order")
              .filter(o -> o > 0 && o < 100)
              .map(Long::intValue)
              .orElse(position),
          data.value("name", HostName::of),
          data.optionalValue("ipv4", Ipv4Address::of),
          data.optionalValue("ipv6", Ipv6Address::of));
    }
  }
}
