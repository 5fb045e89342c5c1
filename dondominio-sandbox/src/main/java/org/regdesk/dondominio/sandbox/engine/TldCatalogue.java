package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The zones the sandbox sells, in the order {@code account/zones} lists them. Prices are in the
 * account currency (the same numbers whatever the currency is).
 */
final class TldCatalogue {
  private static final List<Integer> ONE_TO_TEN =
      IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toUnmodifiableList());
  private static final List<Integer> ONE_YEAR = List.of(1);
  private static final List<String> NONE = List.of();
  private static final List<String> INTENDED_USE = List.of("domainIntendedUse");
  private static final List<String> CORE = List.of("coreContactInfo");
  private static final List<String> FR_OPTIONAL = List.of("frTradeMark", "frSirenNumber");
  private static final List<String> JOBS_OPTIONAL = jobsOptionalFields();

  private final Map<String, Tld> zones;

  private TldCatalogue(List<Tld> zones) {
    Map<String, Tld> byName = new LinkedHashMap<>();
    for (Tld zone : zones) {
      if (byName.put(zone.name(), zone) != null) {
        throw new IllegalArgumentException("duplicate zone " + zone.name());
      }
    }
    this.zones = Collections.unmodifiableMap(byName);
  }

  static TldCatalogue standard() {
    List<Tld> z = new ArrayList<>();
    // generic zones: transfer lock, auth code, IDN
    z.add(generic("com", "9.95", "9.95", "11.50", true));
    z.add(generic("net", "11.50", "11.50", "13.25", true));
    z.add(generic("org", "10.95", "10.95", "12.95", true));
    z.add(generic("info", "4.95", "12.50", "18.50", true));
    z.add(generic("biz", "12.95", "12.95", "16.95", true));
    z.add(generic("pro", "14.95", "14.95", "16.95", false, List.of("proProfession"), NONE));
    z.add(generic("travel", "89.00", "89.00", "89.00", false, List.of("travelUIN"), NONE));
    z.add(
        generic(
            "xxx",
            "89.00",
            "89.00",
            "89.00",
            false,
            List.of("xxxClass"),
            List.of("xxxName", "xxxEmail", "xxxId")));
    z.add(
        generic(
            "jobs",
            "129.00",
            "129.00",
            "129.00",
            false,
            List.of("jobsOwnerWebsite", "jobsOwnerTitle", "jobsOwnerIndustrytype"),
            JOBS_OPTIONAL));
    z.add(generic("aero", "59.00", "59.00", "59.00", false, List.of("aeroId", "aeroPass"), NONE));
    z.add(
        generic(
            "ltda",
            "39.95",
            "39.95",
            "39.95",
            false,
            List.of("ltdaAuthority", "ltdaLicenseNumber"),
            NONE));
    z.add(generic("cat", "19.95", "19.95", "19.95", true, INTENDED_USE, NONE));
    z.add(generic("barcelona", "39.95", "39.95", "39.95", false, INTENDED_USE, NONE));
    z.add(generic("eus", "29.95", "29.95", "29.95", true, INTENDED_USE, NONE));
    z.add(generic("gal", "29.95", "29.95", "29.95", true, INTENDED_USE, NONE));
    z.add(generic("scot", "34.95", "34.95", "34.95", false, INTENDED_USE, NONE));
    z.add(generic("quebec", "34.95", "34.95", "34.95", false, INTENDED_USE, NONE));
    z.add(generic("lawyer", "39.95", "39.95", "39.95", false, CORE, NONE));
    z.add(generic("attorney", "39.95", "39.95", "39.95", false, CORE, NONE));
    z.add(generic("dentist", "39.95", "39.95", "39.95", false, CORE, NONE));
    z.add(generic("airforce", "29.95", "29.95", "29.95", false, CORE, NONE));
    z.add(generic("army", "29.95", "29.95", "29.95", false, CORE, NONE));
    z.add(generic("navy", "29.95", "29.95", "29.95", false, CORE, NONE));
    // country zones: most without a registrar lock
    z.add(country("es", "es", "7.50", "7.50", "8.95", ONE_TO_TEN, true, true, NONE, NONE));
    z.add(country("com.es", "es", "5.95", "5.95", "6.95", ONE_TO_TEN, true, true, NONE, NONE));
    z.add(country("nom.es", "es", "5.95", "5.95", "6.95", ONE_TO_TEN, true, true, NONE, NONE));
    z.add(country("org.es", "es", "5.95", "5.95", "6.95", ONE_TO_TEN, true, true, NONE, NONE));
    z.add(country("eu", "eu", "6.95", "6.95", "8.95", ONE_TO_TEN, true, true, NONE, NONE));
    z.add(
        country(
            "fr",
            "fr",
            "8.95",
            "8.95",
            "9.95",
            ONE_TO_TEN,
            true,
            true,
            List.of("ownerDateOfBirth"),
            FR_OPTIONAL));
    z.add(
        country(
            "it",
            "it",
            "9.95",
            "4.95",
            "9.95",
            ONE_YEAR,
            true,
            true,
            List.of("ownerDateOfBirth", "ownerPlaceOfBirth"),
            NONE));
    z.add(country("de", "de", "6.95", "4.95", "6.95", ONE_YEAR, true, true, NONE, NONE));
    z.add(country("co.uk", "uk", "7.95", "0.00", "7.95", ONE_TO_TEN, false, false, NONE, NONE));
    z.add(country("uk", "uk", "7.95", "0.00", "7.95", ONE_TO_TEN, false, false, NONE, NONE));
    z.add(
        country(
            "ru",
            "ru",
            "14.95",
            "14.95",
            "14.95",
            ONE_YEAR,
            false,
            true,
            List.of("ownerDateOfBirth", "ruIssuer", "ruIssuerDate"),
            NONE));
    z.add(country("pl", "pl", "9.95", "9.95", "29.95", ONE_TO_TEN, true, true, NONE, INTENDED_USE));
    z.add(
        country(
            "hk",
            "hk",
            "29.95",
            "29.95",
            "29.95",
            List.of(1, 2, 3, 5),
            true,
            true,
            List.of("ownerDateOfBirth"),
            NONE));
    return new TldCatalogue(z);
  }

  private static Tld generic(
      String name, String create, String transfer, String renew, boolean idn) {
    return generic(name, create, transfer, renew, idn, NONE, NONE);
  }

  private static Tld generic(
      String name,
      String create,
      String transfer,
      String renew,
      boolean idn,
      List<String> required,
      List<String> optional) {
    return new Tld(
        name,
        name,
        new BigDecimal(create),
        new BigDecimal(transfer),
        new BigDecimal(renew),
        ONE_TO_TEN,
        true,
        true,
        idn,
        required,
        optional);
  }

  private static Tld country(
      String name,
      String top,
      String create,
      String transfer,
      String renew,
      List<Integer> years,
      boolean idn,
      boolean authcode,
      List<String> required,
      List<String> optional) {
    // of the country zones only .fr and .it offer a registrar lock in the sandbox
    boolean lock = name.equals("fr") || name.equals("it");
    return new Tld(
        name,
        top,
        new BigDecimal(create),
        new BigDecimal(transfer),
        new BigDecimal(renew),
        years,
        lock,
        authcode,
        idn,
        required,
        optional);
  }

  private static List<String> jobsOptionalFields() {
    List<String> fields = new ArrayList<>(List.of("jobsOwnerIsAssocMember"));
    for (String role : List.of("Admin", "Tech", "Billing")) {
      fields.add("jobs" + role + "IsAssocMember");
      fields.add("jobs" + role + "Website");
      fields.add("jobs" + role + "Title");
      fields.add("jobs" + role + "Industrytype");
    }
    return List.copyOf(fields);
  }

  Optional<Tld> find(String name) {
    return Optional.ofNullable(zones.get(name));
  }

  List<Tld> all() {
    return List.copyOf(zones.values());
  }
}
