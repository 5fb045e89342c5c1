package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.regdesk.idna.Idna;

/**
 * Fills a fresh account with {@code N} believable domains, reproducibly: the same N, seed and start
 * time give the same state. The model:
 *
 * <ul>
 *   <li>zones weighted towards com and the .es family, with IDNs in zones that allow them; zones
 *       that need extra fields on create are left out
 *   <li>statuses: about 78% active, 3% renewed, 3% transfer-pending, 1% register-pending, 6%
 *       expired-renewgrace, 5% expired-redemption, 4% expired-pendingdelete, each with dates
 *       consistent with the life cycle (an expired-redemption domain expired 31-60 days ago);
 *       expiries spread over the coming year (some up to four years ahead) and the past 65 days
 *   <li>about N/50 domains deleted in the past year, in {@code domain/listdeleted}
 *   <li>owners drawn, skewed, from a pool of N/8 contacts (8 to 12,000): a few owners hold many
 *       domains; a tenth of the pool shares its e-mail with another contact; a quarter are
 *       organisations; most are verified
 *   <li>a reseller contact as tech and billing contact on most domains
 *   <li>renewal modes, transfer and modification locks, WHOIS privacy, tags, a few glue records and
 *       DNSSEC entries, all varied
 * </ul>
 */
final class Seeder {
  private static final long SALT = 0x5EEDL;

  private final SandboxState state;
  private final SplittableRandom random;
  private final long nowMinute;
  private final int today;
  private final List<Tld> zones = new ArrayList<>();
  private final List<Integer> zoneWeights = new ArrayList<>();
  private int totalWeight;
  private final List<Contact> pool = new ArrayList<>();
  private Contact reseller;
  private final Set<String> deletedNames = new HashSet<>();

  private Seeder(SandboxState state, long seed, long epochSecond) {
    this.state = state;
    this.random = new SplittableRandom(seed ^ SALT);
    this.nowMinute = Math.floorDiv(epochSecond + 59, 60);
    this.today = (int) Math.floorDiv(epochSecond, 86_400);
  }

  /** A fresh sandbox state for {@code config}, anchored at {@code epochSecond}. */
  static SandboxState fresh(SandboxEngine.Config config, TldCatalogue catalogue, long epochSecond) {
    Account account =
        new Account(
            "Sandbox Reseller S.L.", config.balance(), new BigDecimal("50.00"), config.currency());
    SandboxState state = new SandboxState(catalogue, account, new IdSource(config.seed(), 0));
    if (config.seedDomains() > 0) {
      new Seeder(state, config.seed(), epochSecond).fill(config.seedDomains());
    }
    return state;
  }

  private void fill(int count) {
    pickZones();
    buildContactPool(Math.max(8, Math.min(12_000, count / 8)));
    for (int i = 0; i < count; i++) {
      addDomain();
    }
    addDeleted(count / 50);
  }

  private void pickZones() {
    String[][] weighted = {
      {"com", "30"}, {"es", "16"}, {"net", "7"}, {"org", "6"}, {"com.es", "4"}, {"eu", "4"},
      {"de", "4"}, {"co.uk", "3"}, {"info", "3"}, {"biz", "1"}, {"nom.es", "1"}, {"org.es", "1"},
      {"pl", "2"}, {"uk", "1"}
    };
    Set<String> seen = new HashSet<>();
    for (String[] entry : weighted) {
      int weight = Integer.parseInt(entry[1]);
      Tld zone = state.catalogue.find(entry[0]).orElseThrow();
      if (!zone.requiredFields().isEmpty() || !seen.add(zone.name())) {
        continue;
      }
      zones.add(zone);
      zoneWeights.add(weight);
      totalWeight += weight;
    }
  }

  private Tld randomZone() {
    int pick = random.nextInt(totalWeight);
    for (int i = 0; i < zones.size(); i++) {
      pick -= zoneWeights.get(i);
      if (pick < 0) {
        return zones.get(i);
      }
    }
    return zones.get(0);
  }

  private void buildContactPool(int size) {
    reseller =
        state.contacts.create(
            new ContactData(
                ContactType.ORGANIZATION,
                "Marta",
                "Vidal",
                "Sandbox Hosting S.L.",
                "612",
                "B12345674",
                "domains@sandbox-hosting.es",
                "+34.931234567",
                "",
                "Carrer de Pallars 99",
                "08018",
                "Barcelona",
                "Barcelona",
                "ES"),
            "SBX",
            VerificationStatus.VERIFIED,
            Contact.NO_TIME);
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ContactData data = randomContact(i, emails);
      emails.add(data.email());
      Contact contact =
          state.contacts.create(data, randomLetters(), randomVerification(), Contact.NO_TIME);
      pool.add(contact);
    }
  }

  private ContactData randomContact(int index, List<String> earlierEmails) {
    SeedVocabulary.Place place = pick(SeedVocabulary.PLACES);
    String first = pick(SeedVocabulary.FIRST_NAMES);
    String last = pick(SeedVocabulary.LAST_NAMES);
    boolean organisation = random.nextInt(4) == 0;
    String orgName =
        organisation
            ? pick(SeedVocabulary.ORG_WORDS) + " " + last + " " + pick(SeedVocabulary.ORG_SUFFIXES)
            : "";
    String email;
    if (!earlierEmails.isEmpty() && random.nextInt(10) == 0) {
      // an agency or family address shared by several contacts
      email = earlierEmails.get(random.nextInt(earlierEmails.size()));
    } else {
      email =
          (first + "." + last).toLowerCase(Locale.ROOT)
              + index
              + "@"
              + pick(SeedVocabulary.MAIL_HOSTS);
    }
    String ident =
        place.country().equals("ES")
            ? (organisation ? "B" : "") + (10_000_000 + random.nextInt(89_999_999)) + "Z"
            : place.country() + (100_000 + random.nextInt(899_999));
    return new ContactData(
        organisation ? ContactType.ORGANIZATION : ContactType.INDIVIDUAL,
        first,
        last,
        orgName,
        organisation && place.country().equals("ES") ? "612" : "",
        ident,
        email,
        "+" + place.callingCode() + "." + (600_000_000 + random.nextInt(99_999_999)),
        "",
        pick(SeedVocabulary.STREETS) + " " + (1 + random.nextInt(120)),
        String.valueOf(10_000 + random.nextInt(89_999)),
        place.city(),
        place.state(),
        place.country());
  }

  private VerificationStatus randomVerification() {
    int roll = random.nextInt(100);
    if (roll < 85) {
      return VerificationStatus.VERIFIED;
    } else if (roll < 90) {
      return VerificationStatus.INPROCESS;
    } else if (roll < 95) {
      return VerificationStatus.NOTAPPLICABLE;
    }
    return VerificationStatus.FAILED;
  }

  private String randomLetters() {
    char[] letters = new char[3];
    for (int i = 0; i < 3; i++) {
      letters[i] = (char) ('A' + random.nextInt(26));
    }
    return new String(letters);
  }

  /** Skewed towards the start of the pool: a few owners hold many domains. */
  private Contact randomOwner() {
    double u = random.nextDouble();
    return pool.get((int) (u * u * pool.size()));
  }

  private void addDomain() {
    Tld zone = randomZone();
    DomainName name = uniqueName(zone);
    Domain domain = new Domain(state.allocateDomainId(), name, DomainStatus.ACTIVE);
    domain.owner = randomOwner();
    domain.admin = random.nextInt(10) < 7 ? domain.owner : pick(pool);
    domain.tech = random.nextInt(10) < 6 ? reseller : domain.admin;
    domain.billing = random.nextInt(10) < 6 ? reseller : domain.admin;
    domain.nameservers = randomNameservers();
    domain.transferBlock = zone.transferLock() && random.nextInt(10) < 7;
    domain.modifyBlock = random.nextInt(20) == 0;
    domain.whoisPrivacy = random.nextInt(10) < 3;
    domain.viewWhois = !domain.whoisPrivacy;
    domain.tag = randomTag();
    domain.authcode = randomAuthcode();
    domain.periodYears = 1;
    setLifecycle(domain);
    if (random.nextInt(100) == 0) {
      addGlue(domain);
    }
    if (random.nextInt(50) == 0) {
      domain.dnssec = List.of(randomDs());
    }
    state.domains.add(domain);
  }

  private void setLifecycle(Domain domain) {
    int roll = random.nextInt(100);
    RenewalMode mode = randomRenewalMode();
    if (roll < 78) {
      domain.status = DomainStatus.ACTIVE;
      domain.expiryDay =
          random.nextInt(100) < 85
              ? today + 1 + random.nextInt(365)
              : today + 366 + random.nextInt(1100);
      domain.createdDay = createdBefore(domain.expiryDay);
      state.schedule(domain, Lifecycle.expiryMinute(domain.expiryDay));
    } else if (roll < 81) {
      domain.status = DomainStatus.RENEWED;
      domain.expiryDay = today + 300 + random.nextInt(400);
      domain.createdDay = createdBefore(domain.expiryDay);
      state.schedule(domain, nowMinute + 1 + random.nextInt(5));
    } else if (roll < 84) {
      domain.status = DomainStatus.TRANSFER_PENDING;
      domain.expiryDay = today + 10 + random.nextInt(300);
      domain.createdDay = today - random.nextInt(5);
      state.schedule(domain, nowMinute + (1 + random.nextInt(5)) * (long) Dates.MINUTES_PER_DAY);
    } else if (roll < 85) {
      domain.status = DomainStatus.REGISTER_PENDING;
      domain.createdDay = today;
      domain.expiryDay = Dates.NONE;
      state.schedule(domain, nowMinute + 1 + random.nextInt(2));
    } else {
      int daysAgo;
      long phaseEnd;
      if (roll < 91) {
        domain.status = DomainStatus.EXPIRED_RENEWGRACE;
        daysAgo = 1 + random.nextInt(30);
        phaseEnd = Lifecycle.RENEW_GRACE_MINUTES;
      } else if (roll < 96) {
        domain.status = DomainStatus.EXPIRED_REDEMPTION;
        daysAgo = 31 + random.nextInt(30);
        phaseEnd = Lifecycle.RENEW_GRACE_MINUTES + Lifecycle.REDEMPTION_MINUTES;
      } else {
        domain.status = DomainStatus.EXPIRED_PENDINGDELETE;
        daysAgo = 61 + random.nextInt(5);
        phaseEnd =
            Lifecycle.RENEW_GRACE_MINUTES
                + Lifecycle.REDEMPTION_MINUTES
                + Lifecycle.PENDING_DELETE_MINUTES;
      }
      domain.expiryDay = today - daysAgo;
      domain.createdDay = createdBefore(domain.expiryDay);
      // the automatic renewal of an expired domain evidently did not happen
      mode = mode == RenewalMode.AUTORENEW ? RenewalMode.MANUAL : mode;
      state.schedule(domain, Lifecycle.expiryMinute(domain.expiryDay) + phaseEnd);
    }
    domain.renewalMode = mode;
  }

  private int createdBefore(int expiryDay) {
    int years = 1 + random.nextInt(8);
    int created = Dates.plusYears(expiryDay, -years);
    while (created >= today) {
      created = Dates.plusYears(created, -1);
    }
    return created;
  }

  private RenewalMode randomRenewalMode() {
    int roll = random.nextInt(100);
    return roll < 50
        ? RenewalMode.AUTORENEW
        : roll < 85 ? RenewalMode.MANUAL : RenewalMode.LETEXPIRE;
  }

  private DomainName uniqueName(Tld zone) {
    String label = randomLabel(zone);
    while (true) {
      String asciiLabel = label;
      String unicodeLabel = label;
      if (!isAscii(label)) {
        asciiLabel = Idna.labelToAscii(label);
        unicodeLabel = Idna.labelToUnicode(asciiLabel);
      }
      String ascii = asciiLabel + "." + zone.name();
      if (state.domains.byName(ascii).isEmpty() && !deletedNames.contains(ascii)) {
        String unicode = unicodeLabel.equals(asciiLabel) ? ascii : unicodeLabel + "." + zone.name();
        DomainName name = new DomainName(ascii, unicode, zone);
        if (!NameRules.isTakenElsewhere(name) && NameRules.premiumPrice(name).isEmpty()) {
          return name;
        }
      }
      // taken already: a number makes the same idea unique, as people do
      label = label + (1 + random.nextInt(99));
    }
  }

  private String randomLabel(Tld zone) {
    int roll = random.nextInt(100);
    if (zone.idn() && roll < 3) {
      return pick(SeedVocabulary.IDN_WORDS)
          + (random.nextBoolean() ? "" : "-" + pick(SeedVocabulary.WORDS_B));
    }
    String a = pick(SeedVocabulary.WORDS_A);
    String b = pick(SeedVocabulary.WORDS_B);
    if (roll < 35) {
      return a + "-" + b;
    } else if (roll < 70) {
      return a + b;
    } else if (roll < 90) {
      return a + b + (1 + random.nextInt(999));
    }
    return b
        + "-"
        + pick(SeedVocabulary.LAST_NAMES).toLowerCase(Locale.ROOT)
        + (random.nextInt(99));
  }

  private Nameservers randomNameservers() {
    int roll = random.nextInt(100);
    if (roll < 15) {
      return Nameservers.PARKING;
    } else if (roll < 30) {
      return Nameservers.HOSTING;
    }
    return pick(SeedVocabulary.NAMESERVER_SETS);
  }

  private String randomTag() {
    int roll = random.nextInt(100);
    if (roll < 75) {
      return "";
    }
    String[] tags = {"client-a", "client-b", "vip", "wordpress", "shop", "legacy", "client-a,vip"};
    return tags[random.nextInt(tags.length)];
  }

  private String randomAuthcode() {
    String chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#*+-";
    char[] code = new char[14];
    for (int i = 0; i < code.length; i++) {
      code[i] = chars.charAt(random.nextInt(chars.length()));
    }
    return new String(code);
  }

  private void addGlue(Domain domain) {
    String ns1 = "ns1." + domain.name.ascii();
    String ns2 = "ns2." + domain.name.ascii();
    int host = 1 + random.nextInt(250);
    domain.glue =
        List.of(
            new GlueRecord(ns1, "198.51.100." + host, ""),
            new GlueRecord(ns2, "203.0.113." + host, "2001:db8::" + Integer.toHexString(host)));
    domain.nameservers = new Nameservers(List.of(ns1, ns2), false, "");
  }

  private DsRecord randomDs() {
    StringBuilder digest = new StringBuilder(64);
    for (int i = 0; i < 64; i++) {
      digest.append(Character.forDigit(random.nextInt(16), 16));
    }
    return new DsRecord(random.nextInt(65_536), 13, 2, digest.toString());
  }

  private void addDeleted(int count) {
    List<DeletedDomain> deleted = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Tld zone = randomZone();
      DomainName name = uniqueName(zone);
      deletedNames.add(name.ascii());
      long deletedAt = (nowMinute - 1 - random.nextInt(365 * Dates.MINUTES_PER_DAY)) * 60;
      String info =
          random.nextInt(4) == 0 ? "Transferred to another registrar" : "Expired and not renewed";
      deleted.add(
          new DeletedDomain(
              state.allocateDomainId(), name.unicode(), zone.name(), deletedAt, info));
    }
    deleted.sort((x, y) -> Long.compare(x.deletedAt(), y.deletedAt()));
    state.deleted.addAll(deleted);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
