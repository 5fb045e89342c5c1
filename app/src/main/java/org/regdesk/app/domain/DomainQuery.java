package org.regdesk.app.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.ValidationException;
import org.regdesk.registrar.spi.value.Tld;

/**
 * What the domain list shows: a search and filters, all optional, and the order.
 *
 * @param search words that each begin a word of the domain's name (ASCII or Unicode, split at
 *     hyphens and dots) or of its customer's names or e-mail address, case and accents ignored;
 *     empty for every domain
 * @param state only domains in this state
 * @param tld only domains under this TLD
 * @param plugin only domains of this registrar plugin
 * @param expiringBefore only domains whose expiry is before this date
 * @param customerId only this customer's domains
 * @param sort the order
 */
public record DomainQuery(
    Optional<String> search,
    Optional<DomainState> state,
    Optional<Tld> tld,
    Optional<String> plugin,
    Optional<LocalDate> expiringBefore,
    Optional<Long> customerId,
    DomainSort sort) {

  /** The longest search text. */
  public static final int MAX_SEARCH = 200;

  /** Every domain by name. */
  public static final DomainQuery ALL =
      new DomainQuery(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          DomainSort.NAME);

  /**
   * Reads the filters as typed in the list's form or the API's query string. Blank means "not
   * filtered".
   *
   * @param search the search text
   * @param state a state's name, e.g. {@code active} or {@code PENDING_TRANSFER}
   * @param tld a TLD, with or without the dot
   * @param plugin a plugin's stable name
   * @param expiringBefore a date {@code yyyy-MM-dd}
   * @param sort {@code name} or {@code expiry}
   * @return the query
   * @throws ValidationException naming each bad field ({@code status}, {@code tld}, {@code
   *     expiringBefore}, {@code sort}, {@code q})
   */
  public static DomainQuery parse(
      String search, String state, String tld, String plugin, String expiringBefore, String sort) {
    FieldErrors errors = new FieldErrors();
    Optional<String> words = text(search);
    errors.check(
        "q",
        words.isEmpty() || words.get().length() <= MAX_SEARCH,
        "must be at most " + MAX_SEARCH + " characters");
    Optional<DomainState> parsedState = Optional.empty();
    if (text(state).isPresent()) {
      parsedState = DomainState.parse(state);
      errors.check("status", parsedState.isPresent(), "must be one of " + DomainState.names());
    }
    Optional<Tld> parsedTld = Optional.empty();
    if (text(tld).isPresent()) {
      parsedTld = Optional.ofNullable(errors.parse("tld", () -> Tld.of(tld)));
    }
    Optional<LocalDate> before = Optional.empty();
    if (text(expiringBefore).isPresent()) {
      try {
        before = Optional.of(LocalDate.parse(expiringBefore.strip()));
      } catch (DateTimeParseException e) {
        errors.add("expiringBefore", "must be a date written yyyy-MM-dd");
      }
    }
    DomainSort order = DomainSort.NAME;
    if (text(sort).isPresent()) {
      Optional<DomainSort> parsed = DomainSort.parse(sort);
      errors.check("sort", parsed.isPresent(), "must be name or expiry");
      order = parsed.orElse(DomainSort.NAME);
    }
    errors.throwIfAny();
    return new DomainQuery(
        words.map(w -> w.toLowerCase(Locale.ROOT)),
        parsedState,
        parsedTld,
        text(plugin),
        before,
        Optional.empty(),
        order);
  }

  /**
   * The same query limited to one customer's domains.
   *
   * @param customer the customer's id
   * @return the query
   */
  public DomainQuery ofCustomer(long customer) {
    return new DomainQuery(search, state, tld, plugin, expiringBefore, Optional.of(customer), sort);
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
