package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The filters of {@code domain/list} (§6.14), combined with AND. Enumerated filters with an unknown
 * value are 105 naming the filter; free-text filters simply match nothing.
 *
 * <ul>
 *   <li>{@code domain}: exact name, either spelling
 *   <li>{@code word}: substring of the name, either spelling, case-insensitive
 *   <li>{@code tld}: the zone, e.g. {@code com.es}
 *   <li>{@code renewable}: as {@code renewable} of {@code getinfo}
 *   <li>{@code owner}: the owner's contact ID or e-mail address, case-insensitive
 *   <li>{@code tag}: the tag, or one item of a comma-separated tag, case-insensitive
 *   <li>{@code status}, {@code ownerverification}, {@code renewalMode}: exact values
 * </ul>
 */
final class DomainFilter {
  private DomainFilter() {}

  /** The combined filter, or {@code null} when no filter was sent. */
  static Predicate<Domain> of(Params params, CallContext call) {
    List<Predicate<Domain>> filters = new ArrayList<>();
    params
        .text("domain")
        .ifPresent(
            value -> {
              Optional<String> ascii = DomainName.toAscii(value);
              filters.add(d -> ascii.isPresent() && d.name.ascii().equals(ascii.get()));
            });
    params
        .text("word")
        .ifPresent(
            value -> {
              String word = value.toLowerCase(Locale.ROOT);
              filters.add(d -> d.name.unicode().contains(word) || d.name.ascii().contains(word));
            });
    params
        .text("tld")
        .ifPresent(
            value -> {
              String zone = AccountActions.zoneName(value);
              filters.add(d -> d.name.tld().name().equals(zone));
            });
    params
        .optionalFlag("renewable")
        .ifPresent(
            wanted -> {
              int today = call.today();
              filters.add(d -> DomainViews.renewable(d, today) == wanted);
            });
    params
        .text("owner")
        .ifPresent(
            value ->
                filters.add(
                    d ->
                        d.owner.id().equalsIgnoreCase(value)
                            || d.owner.data().email().equalsIgnoreCase(value)));
    params.text("tag").ifPresent(value -> filters.add(d -> hasTag(d.tag, value)));
    params
        .text("status")
        .ifPresent(
            value -> {
              DomainStatus status =
                  DomainStatus.fromWire(value)
                      .orElseThrow(() -> ApiError.invalid("status", "not a domain status"));
              filters.add(d -> d.status == status);
            });
    params
        .text("ownerverification")
        .ifPresent(
            value -> {
              VerificationStatus wanted = VerificationStatus.parse("ownerverification", value);
              long minute = call.minute();
              filters.add(d -> d.owner.verification(minute) == wanted);
            });
    params
        .text("renewalMode")
        .ifPresent(
            value -> {
              RenewalMode mode = RenewalMode.parse("renewalMode", value);
              filters.add(d -> d.renewalMode == mode);
            });
    if (filters.isEmpty()) {
      return null;
    }
    return d -> {
      for (Predicate<Domain> filter : filters) {
        if (!filter.test(d)) {
          return false;
        }
      }
      return true;
    };
  }

  private static boolean hasTag(String tag, String wanted) {
    if (tag.isEmpty()) {
      return false;
    }
    if (tag.equalsIgnoreCase(wanted)) {
      return true;
    }
    for (String item : tag.split(",")) {
      if (item.strip().equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }
}
