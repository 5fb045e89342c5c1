package org.regdesk.dondominio.client.domain;

import java.util.Optional;
import java.util.function.Function;
import org.regdesk.dondominio.client.ResponseData;

/**
 * What each {@code domain/list} item carries besides the base fields: the list's {@code infoType}
 * together with the item type it produces.
 *
 * @param <T> the item type
 */
public final class DomainListInfo<T> {
  /** Base fields only; no {@code infoType} sent. */
  public static final DomainListInfo<DomainSummary> SUMMARY =
      new DomainListInfo<>(Optional.empty(), DomainSummary::from);

  /** {@code infoType=status}. */
  public static final DomainListInfo<DomainStatusInfo> STATUS =
      new DomainListInfo<>(Optional.of("status"), DomainStatusInfo::from);

  /** {@code infoType=contact}. */
  public static final DomainListInfo<DomainContactInfo> CONTACTS =
      new DomainListInfo<>(Optional.of("contact"), DomainContactInfo::from);

  /** {@code infoType=nameservers}. */
  public static final DomainListInfo<DomainNameserverInfo> NAMESERVERS =
      new DomainListInfo<>(Optional.of("nameservers"), DomainNameserverInfo::from);

  /** {@code infoType=service}. */
  public static final DomainListInfo<DomainServiceInfo> SERVICE =
      new DomainListInfo<>(Optional.of("service"), DomainServiceInfo::from);

  /** {@code infoType=gluerecords}. */
  public static final DomainListInfo<DomainGlueRecords> GLUE_RECORDS =
      new DomainListInfo<>(Optional.of("gluerecords"), DomainGlueRecords::from);

  private final Optional<String> infoType;
  private final Function<ResponseData, T> itemReader;

  private DomainListInfo(Optional<String> infoType, Function<ResponseData, T> itemReader) {
    this.infoType = infoType;
    this.itemReader = itemReader;
  }

  /** The {@code infoType} value, empty for base fields only. */
  public Optional<String> infoType() {
    return infoType;
  }

  /** Reads one item. */
  public T read(ResponseData item) {
    return itemReader.apply(item);
  }

  @Override
  public String toString() {
    return infoType.orElse("summary");
  }
}
