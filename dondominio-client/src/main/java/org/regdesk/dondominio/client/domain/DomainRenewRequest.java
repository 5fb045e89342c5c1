package org.regdesk.dondominio.client.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.regdesk.dondominio.client.ApiAction;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.value.DomainSelector;
import org.regdesk.dondominio.client.value.Period;

/**
 * {@code domain/renew}: renews a domain and charges the balance. Never resent automatically.
 *
 * <p>{@code curExpDate} must equal the domain's current expiry date ({@code tsExpir} from {@code
 * domain/getinfo}); the server refuses a mismatch, which protects against renewing twice when a
 * first attempt's outcome was unknown. Sent as {@code YYYY-MM-DD}.
 *
 * @param domain the domain
 * @param currentExpiry the current expiry date ({@code curExpDate})
 * @param period the years to add; empty for the TLD's default
 */
public record DomainRenewRequest(
    DomainSelector domain, LocalDate currentExpiry, Optional<Period> period)
    implements ApiRequest<DomainRenewResponse> {
  private static final Pattern COMPACT = Pattern.compile("[0-9]{8}");
  private static final Pattern DASHED = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Checks the parts. */
  public DomainRenewRequest {
    Checks.required(domain, "domain");
    Checks.required(currentExpiry, "curExpDate");
    Checks.optional(period, "period");
  }

  /** Renews for the TLD's default period. */
  public static DomainRenewRequest of(DomainSelector domain, LocalDate currentExpiry) {
    return new DomainRenewRequest(domain, currentExpiry, Optional.empty());
  }

  /** Renews for {@code period}. */
  public static DomainRenewRequest of(
      DomainSelector domain, LocalDate currentExpiry, Period period) {
    return new DomainRenewRequest(domain, currentExpiry, Optional.of(period));
  }

  /**
   * Reads a {@code curExpDate} given as {@code YYYYMMDD} or {@code YYYY-MM-DD}, the two forms the
   * API accepts.
   *
   * @throws InvalidRequestValueException naming {@code curExpDate}
   */
  public static LocalDate parseCurrentExpiry(String text) {
    Checks.required(text, "curExpDate");
    try {
      if (COMPACT.matcher(text).matches()) {
        return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
      }
      if (DASHED.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      throw new InvalidRequestValueException("curExpDate", "must be a real date");
    }
    throw new InvalidRequestValueException(
        "curExpDate", "must be a date in YYYYMMDD or YYYY-MM-DD form");
  }

  @Override
  public ApiAction action() {
    return ApiAction.DOMAIN_RENEW;
  }

  @Override
  public FormParameters parameters() {
    FormParameters.Builder form =
        FormParameters.builder()
            .add(domain.parameterName(), domain.parameterValue())
            .add("curExpDate", currentExpiry.format(DateTimeFormatter.ISO_LOCAL_DATE));
    period.ifPresent(p -> form.add("period", p.years()));
    return form.build();
  }

  @Override
  public DomainRenewResponse parseResponse(ResponseData data) {
    return DomainRenewResponse.from(data);
  }
}
