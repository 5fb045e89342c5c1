package org.regdesk.app.domain;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.storage.SearchWords;
import org.regdesk.app.storage.SqlTime;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.Tld;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code domains}, {@code domain_contacts} and {@code domain_field_values} tables. */
@Repository
public class DomainRepository {

  private final JdbcClient jdbc;

  /** Whether the database is H2, which is told the index a broad search walks (see select). */
  private final boolean h2;

  /**
   * Creates the repository.
   *
   * @param jdbc the database
   * @param dataSource the same database, asked once which it is
   */
  public DomainRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.h2 = isH2(dataSource);
  }

  private static boolean isH2(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("H2");
    } catch (SQLException unreadable) {
      throw new IllegalStateException("The database does not say what it is", unreadable);
    }
  }

  /**
   * Inserts a domain's own columns (not its contacts or values).
   *
   * @param domain the domain; its id is ignored
   * @return the new id
   */
  public long insert(Domain domain) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO domains (name, unicode_name, search_name, tld, customer_id, plugin,
                                 registrar_domain_id, status, registrar_status, registered_on,
                                 expires_on, nameservers, nameservers_default, transfer_lock,
                                 privacy, renewal_mode, auto_renew, last_synced_at, created_at,
                                 updated_at)
            VALUES (:name, :unicodeName, :searchName, :tld, :customerId, :plugin,
                    :registrarDomainId, :status, :registrarStatus, :registeredOn,
                    :expiresOn, :nameservers, :nameserversDefault, :transferLock,
                    :privacy, :renewalMode, :autoRenew, :lastSyncedAt, :createdAt, :updatedAt)
            """)
        .params(columns(domain))
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    insertSearchTerms(id, domain.name());
    return id;
  }

  /**
   * Writes every changeable column of a domain.
   *
   * @param domain the domain as it is now
   */
  public void update(Domain domain) {
    jdbc.sql(
            """
            UPDATE domains
               SET customer_id = :customerId, plugin = :plugin,
                   registrar_domain_id = :registrarDomainId, status = :status,
                   registrar_status = :registrarStatus, registered_on = :registeredOn,
                   expires_on = :expiresOn, nameservers = :nameservers,
                   nameservers_default = :nameserversDefault, transfer_lock = :transferLock,
                   privacy = :privacy, renewal_mode = :renewalMode, auto_renew = :autoRenew,
                   last_synced_at = :lastSyncedAt, updated_at = :updatedAt
             WHERE id = :id
            """)
        .params(columns(domain))
        .param("id", domain.id())
        .update();
  }

  private static Map<String, Object> columns(Domain d) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", d.name().ascii());
    p.put("unicodeName", d.name().unicode());
    p.put("searchName", searchName(d.name()));
    p.put("tld", d.name().tld().ascii());
    p.put("customerId", d.customerId());
    p.put("plugin", d.plugin());
    p.put("registrarDomainId", d.registrarDomainId().orElse(null));
    p.put("status", d.state().name());
    p.put("registrarStatus", d.registrarStatus().orElse(null));
    p.put("registeredOn", d.registeredOn().map(Date::valueOf).orElse(null));
    p.put("expiresOn", d.expiresOn().map(Date::valueOf).orElse(null));
    p.put("nameservers", d.nameservers().map(DomainNameservers::joined).orElse(null));
    p.put(
        "nameserversDefault",
        d.nameservers().map(DomainNameservers::registrarDefault).orElse(null));
    p.put("transferLock", d.transferLock().orElse(null));
    p.put("privacy", d.privacy().orElse(null));
    p.put("renewalMode", d.renewalMode().map(Enum::name).orElse(null));
    p.put("autoRenew", d.autoRenew());
    p.put("lastSyncedAt", SqlTime.toSql(d.lastSyncedAt().orElse(null)));
    p.put("createdAt", SqlTime.toSql(d.createdAt()));
    p.put("updatedAt", SqlTime.toSql(d.updatedAt()));
    return p;
  }

  private static String searchName(DomainName name) {
    String ascii = name.ascii();
    String unicode = name.unicode().toLowerCase(Locale.ROOT);
    return ascii.equals(unicode) ? ascii : ascii + " " + unicode;
  }

  /**
   * Finds a domain (without contacts and values).
   *
   * @param id the id
   * @return the domain, if any
   */
  public Optional<Domain> find(long id) {
    return jdbc.sql("SELECT * FROM domains WHERE id = :id")
        .param("id", id)
        .query(DomainRepository::map)
        .optional();
  }

  /**
   * Finds a domain by name (without contacts and values).
   *
   * @param name the domain
   * @return the domain, if any
   */
  public Optional<Domain> findByName(DomainName name) {
    return jdbc.sql("SELECT * FROM domains WHERE name = :name")
        .param("name", name.ascii())
        .query(DomainRepository::map)
        .optional();
  }

  /**
   * Which of some names the desk holds.
   *
   * @param names A-labels
   * @return those present
   */
  public Set<String> existingNames(Collection<String> names) {
    Set<String> found = new HashSet<>();
    if (names.isEmpty()) {
      return found;
    }
    jdbc.sql("SELECT name FROM domains WHERE name IN (:names)")
        .param("names", names)
        .query(
            (ResultSet rs) -> {
              found.add(rs.getString("name"));
            });
    return found;
  }

  /**
   * Changes a domain's state.
   *
   * @param id the domain
   * @param state the new state
   * @param now the change time
   */
  public void updateState(long id, DomainState state, java.time.Instant now) {
    jdbc.sql("UPDATE domains SET status = :status, updated_at = :now WHERE id = :id")
        .param("status", state.name())
        .param("now", SqlTime.toSql(now))
        .param("id", id)
        .update();
  }

  /**
   * Counts of searches matching more domains than {@link Limits#idList()} stop after this many
   * matches (or after the end of the page asked for, if later) and the list says "1,000+".
   */
  public static final int COUNT_LIMIT = 1000;

  /**
   * When a search selects its domains by id, and when it walks the sort's index instead.
   *
   * @param count counts of broad searches stop after this many matches
   * @param idList a search matching at most this many domains selects them by id and is counted
   *     exactly. Walking the index reads some (page end) × (all domains) / (matches) rows, by id
   *     the matches: at 100,000 domains and pages of 50 the walk costs less above about 2,200
   *     matches (H2: 60-110 ms for a word 2,000 domains have, 1 ms for one 30,000 have)
   * @param filterList a search with other filters that matches more than {@code count} and at most
   *     this many domains reads the filtered columns of those domains by primary key and applies
   *     the filters in the desk. For a broader one the desk checks the filters on the first this
   *     many + 1 domains of the word it reads, until more than the count's limit pass (the list
   *     then says "1,000+") or until the share passing says they will not; the database then walks
   *     the index of the filter that kept the fewest (one in the sort's order if more than the
   *     limit passed), with the word as {@code EXISTS} per row, for the page and, if the check did
   *     not reach the limit, for a count up to it. When few pass and the filters alone keep at most
   *     this many domains, those domains are compared with the word's domains and customers (read
   *     in full from the word indexes, up to five entries per domain of this limit) instead, and
   *     the ones that have the word are selected by id
   */
  record Limits(int count, int idList, int filterList) {
    static final Limits DESK = new Limits(COUNT_LIMIT, 2_500, 10_000);

    /** The count's and the id list's limits, the desk's filter list limit. */
    Limits(int count, int idList) {
      this(count, idList, 10_000);
    }
  }

  /**
   * One page of the domains a query selects, with their customers' names, and how many there are:
   * exactly, or for a search matching more domains than it selects by id, a lower bound (at least
   * {@value #COUNT_LIMIT}).
   *
   * @param query the search, filters and order
   * @param page which page
   * @return the rows and the total
   */
  public Page<DomainListItem> page(DomainQuery query, PageRequest page) {
    return page(query, page, Limits.DESK);
  }

  /**
   * {@link #page(DomainQuery, PageRequest)} with other limits, so that tests reach the broad
   * search's ways with a handful of domains.
   */
  Page<DomainListItem> page(DomainQuery query, PageRequest page, Limits limits) {
    // counted at least to the end of this page, so that a next page shows whenever there is one
    long limit = Math.max(limits.count(), page.offset() + page.size());
    Selection selection = select(query, limit, limits);
    if (selection.none()) {
      return new Page<>(List.of(), page, 0);
    }
    List<DomainListItem> items = rows(selection, query.sort(), page);
    if (selection.known() >= 0) {
      return new Page<>(items, page, selection.known(), selection.exact());
    }
    if (selection.exact()) {
      long total =
          jdbc.sql("SELECT COUNT(*) FROM domains d" + selection.sql())
              .params(selection.params())
              .query(Long.class)
              .single();
      return new Page<>(items, page, total);
    }
    long counted =
        jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM domains d" + selection.sql() + " LIMIT :n) x")
            .params(selection.params())
            .param("n", limit + 1)
            .query(Long.class)
            .single();
    return counted > limit ? Page.moreThan(items, page, limit) : new Page<>(items, page, counted);
  }

  private List<DomainListItem> rows(Selection selection, DomainSort sort, PageRequest page) {
    String columns = sort == DomainSort.EXPIRY ? "d.expires_on, d.name" : "d.name";
    // the page of domains first, from the indexes alone; then the customers of those rows only
    String sql =
        "SELECT d.*, c.first_name AS c_first_name, c.last_name AS c_last_name, c.email AS c_email"
            + " FROM (SELECT d.* FROM domains d"
            + selection.sql()
            + " ORDER BY "
            + selection.lead()
            + columns
            + " LIMIT :limit OFFSET :offset) d JOIN customers c ON c.id = d.customer_id"
            + " ORDER BY "
            + columns;
    return jdbc.sql(sql)
        .params(selection.params())
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(
            (rs, n) ->
                new DomainListItem(
                    map(rs, n),
                    rs.getString("c_first_name") + " " + rs.getString("c_last_name"),
                    rs.getString("c_email")))
        .list();
  }

  /**
   * What a query selects, as SQL after {@code FROM domains d}, and what is known of its total.
   *
   * @param sql an index hint (H2), joins and conditions
   * @param params their parameters
   * @param none whether nothing can match (no query needed)
   * @param known the total if already known, else -1
   * @param exact whether {@code known} (or the count to run) is exact; a count that is not runs
   *     only up to the limit
   * @param lead columns put before the sort's in the page's {@code ORDER BY} (ending with a comma),
   *     or empty: a filter's column, equal in every row selected, so that H2 sees the rows of the
   *     filter's index come in the sort's order
   */
  private record Selection(
      String sql,
      Map<String, Object> params,
      boolean none,
      long known,
      boolean exact,
      String lead) {

    static Selection nothing() {
      return new Selection("", Map.of(), true, 0, true, "");
    }
  }

  /**
   * The domains having, for one search word, a word of their name or of their customer's (read from
   * the index by the word's range; a domain may come twice).
   *
   * @param ids the distinct ids found
   * @param complete whether these are all of them (else the reading stopped at its limit)
   */
  private record Matches(Set<Long> ids, boolean complete) {}

  private Matches matching(SearchWords.Range range, long atMost) {
    // Two index range reads, each stopping at the limit: a UNION of the two (distinct ids) reads
    // every match before it answers, 30,000 for a one-letter search.
    List<Long> own = idsInRange(DOMAINS_WITH_WORD, range, atMost);
    Set<Long> ids = new HashSet<>(own);
    if (own.size() >= atMost && ids.size() >= atMost) {
      return new Matches(ids, false);
    }
    List<Long> customers =
        idsInRange(
            "SELECT m.id FROM customer_search_terms ct JOIN domains m"
                + " ON m.customer_id = ct.customer_id"
                + " WHERE ct.term >= :from AND ct.term < :to",
            range,
            atMost);
    ids.addAll(customers);
    return new Matches(ids, own.size() < atMost && customers.size() < atMost);
  }

  /** The domains having a word (from its range) in their own name; a domain may come twice. */
  private static final String DOMAINS_WITH_WORD =
      "SELECT domain_id FROM domain_search_terms WHERE term >= :from AND term < :to";

  /** The customers having a word (from its range) in their names or e-mail. */
  private static final String CUSTOMERS_WITH_WORD =
      "SELECT customer_id FROM customer_search_terms WHERE term >= :from AND term < :to";

  /** All the ids a word-index read by range gives, or null if more than {@code most}. */
  private Set<Long> allInRange(String sql, SearchWords.Range range, long most) {
    List<Long> ids = idsInRange(sql, range, most + 1);
    return ids.size() > most ? null : new HashSet<>(ids);
  }

  /** The ids a word-index read by range gives, stopping after {@code atMost} unless unbounded. */
  private List<Long> idsInRange(String sql, SearchWords.Range range, long atMost) {
    String limit = atMost == Long.MAX_VALUE ? "" : " LIMIT :limit";
    return jdbc.sql(sql + limit)
        .param("from", range.from())
        .param("to", range.to())
        .param("limit", atMost)
        .query(Long.class)
        .list();
  }

  private static String wordCondition(int i) {
    return wordCondition(i, "");
  }

  /**
   * Whether a domain has the {@code i}th word, in its name or its customer's, looked up for each
   * row: {@code OFFSET 0} keeps PostgreSQL from reading every domain with the word into a hash
   * first (10-15 ms for a one-letter word) where a walk reads a few hundred rows (but a count that
   * reads thousands is faster with the hash). H2 plans both alike.
   */
  private static String wordLookedUpPerRow(int i) {
    return wordCondition(i, " OFFSET 0");
  }

  private static String wordCondition(int i, String end) {
    return "(EXISTS (SELECT 1 FROM domain_search_terms t WHERE t.domain_id = d.id"
        + " AND t.term >= :from"
        + i
        + " AND t.term < :to"
        + i
        + end
        + ") OR EXISTS (SELECT 1 FROM customer_search_terms ct"
        + " WHERE ct.customer_id = d.customer_id AND ct.term >= :from"
        + i
        + " AND ct.term < :to"
        + i
        + end
        + "))";
  }

  private Selection select(DomainQuery query, long limit, Limits limits) {
    List<String> conditions = filters(query);
    Map<String, Object> params = new HashMap<>();
    boolean filtered = !conditions.isEmpty();
    String hint = "";
    String lead = "";
    long known = -1;
    boolean exact = true;
    if (query.search().isPresent()) {
      List<SearchWords.Range> ranges = SearchWords.ranges(query.search().get());
      if (ranges.isEmpty()) {
        return Selection.nothing(); // only punctuation: nothing has such a word
      }
      Matches matches;
      if (ranges.size() == 1) {
        // One word: its ids first, read no further than the count and the choice need
        long enough = Math.max(limit, filtered ? limits.filterList() : limits.idList());
        matches = matching(ranges.get(0), enough + 1);
      } else {
        // Several words: the ids of each word, intersected here. H2 takes a quarter of a second
        // and more for the same intersection in SQL.
        Set<Long> ids = null;
        for (SearchWords.Range range : ranges) {
          Set<Long> word = matching(range, Long.MAX_VALUE).ids();
          if (ids == null) {
            ids = word;
          } else {
            ids.retainAll(word);
          }
          if (ids.isEmpty()) {
            break;
          }
        }
        matches = new Matches(ids, true);
      }
      if (matches.complete() && matches.ids().isEmpty()) {
        return Selection.nothing();
      }
      if (matches.complete()
          && matches.ids().size() <= (filtered ? limits.count() : limits.idList())) {
        // Few domains: selected by primary key (H2 otherwise joins the word's ids to every
        // domain: seconds for a customer's e-mail at 100,000 domains), counted exactly. With
        // other filters H2 may read the filter's index and look each row up in the ids listed, so
        // the list stays short there; longer ones are filtered in the desk (below).
        conditions.add("d.id IN (" + numbers(matches.ids()) + ")");
      } else if (!filtered) {
        // Many domains: walk the sort's index and keep the rows having every word, so the
        // database stops after one page instead of joining and sorting every match
        for (int i = 0; i < ranges.size(); i++) {
          conditions.add(wordCondition(i));
          params.put("from" + i, ranges.get(i).from());
          params.put("to" + i, ranges.get(i).to());
        }
        if (matches.complete()) {
          known = matches.ids().size();
        } else if (matches.ids().size() > limit) {
          known = limit;
          exact = false;
        } else {
          exact = false; // repeated ids filled the reading: count, up to the limit
        }
      } else if (matches.complete() && matches.ids().size() <= limits.filterList()) {
        // Many domains and other filters, but a list of ids the desk can hold: their filtered
        // columns read by primary key (the only plan H2 takes for an id list alone), the filters
        // applied here, and the domains that pass selected by id, counted up to the limit as
        // broader searches are. Given the word's ids and the filters together, H2 reads the
        // filter's index (every ACTIVE domain for a status) and sorts every row it keeps: 0.6-1 s
        // at 100,000 domains; given the ids as parameters and the filters, it compared each
        // ACTIVE row with every id: minutes.
        return byId(check(matches.ids(), query, Long.MAX_VALUE).passed(), limit);
      } else {
        // Many domains and other filters, more than the desk lists: the filters are checked here
        // on the word's domains read so far (by primary key, as above), until more than the
        // limit pass. Then the count is known to be "limit+" without counting in the database,
        // and so many domains pass that walking an index in the sort's order, with the word as
        // EXISTS per row, finds a page soon. Otherwise the filters keep few of the word's
        // domains: if they keep few domains in all, the word is looked up for those (below);
        // else the database counts, up to the limit, reading the index of the filter that
        // kept the fewest. Either walk reads at most the rows of that one filter (of every domain
        // when no filter has an index in the sort's order). On H2 the index is named
        // (USE INDEX): given a status and a TLD, H2 read the status index (all 57,000 ACTIVE
        // domains), not the TLD's, then sorted every row it kept: 1 s at 100,000 domains, as slow
        // as the join of the word's ids that this replaces. PostgreSQL plans by its statistics and
        // gets the same SQL without the hint.
        FilterCheck check = check(matches.ids(), query, limit + 1);
        boolean many = check.passed().size() > limit;
        if (!many) {
          // The filters are the narrow side: if they keep no more domains than the desk lists,
          // those are compared with each word's domains and customers, read in full, and what
          // has every word is selected by id. Checking the words per row of the filter's index,
          // the count read up to thousands of rows with two subqueries each (H2 124 ms p95 for
          // `a` + ACTIVE + de).
          Set<Long> narrow = filteredWithWords(query, check, ranges, limits.filterList());
          if (narrow != null) {
            return byId(narrow, limit);
          }
        }
        for (int i = 0; i < ranges.size(); i++) {
          conditions.add(many ? wordLookedUpPerRow(i) : wordCondition(i));
          params.put("from" + i, ranges.get(i).from());
          params.put("to" + i, ranges.get(i).to());
        }
        IndexWalk walk = walk(query, check, many);
        hint = h2 ? walk.hint() : "";
        lead = walk.lead();
        known = many ? limit : -1;
        exact = false;
      }
    }
    params.putAll(filterParams(query));
    String sql = hint + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    return new Selection(sql, params, false, known, exact, lead);
  }

  /**
   * Domains selected by their ids, all of them known: none, or counted exactly up to the limit and
   * "limit+" beyond it, as broader searches are.
   */
  private Selection byId(Set<Long> ids, long limit) {
    if (ids.isEmpty()) {
      return Selection.nothing();
    }
    boolean within = ids.size() <= limit;
    return new Selection(
        " WHERE d.id " + in(ids), Map.of(), false, within ? ids.size() : limit, within, "");
  }

  /**
   * The domains passing every filter of the query and having every word, if the filters keep at
   * most {@code atMost} domains and no word is in more than {@link #WORD_READ} times as many
   * domains' or customers' word entries; else null. The filters' domains are read from the index of
   * the filter that kept the fewest in the check (H2 told it), with their customers; each word's
   * domains and customers are read in full from the word indexes (one range each, in order: 13,000
   * entries of a one-letter word in 3 ms on H2), and the two compared here. Looking the word up for
   * each of the filters' 4,500-4,900 domains by id took 30-40 ms on H2 at 100,000 domains.
   */
  private Set<Long> filteredWithWords(
      DomainQuery query, FilterCheck check, List<SearchWords.Range> ranges, int atMost) {
    Map<Long, Long> customerOf = new HashMap<>();
    jdbc.sql(
            "SELECT d.id, d.customer_id FROM domains d"
                + (h2 ? walk(query, check, false).hint() : "")
                + " WHERE "
                + String.join(" AND ", filters(query))
                + " LIMIT :n")
        .params(filterParams(query))
        .param("n", atMost + 1)
        .query(
            (ResultSet rs) -> {
              customerOf.put(rs.getLong(1), rs.getLong(2));
            });
    if (customerOf.size() > atMost) {
      return null;
    }
    long most = (long) WORD_READ * atMost;
    Set<Long> left = customerOf.keySet();
    for (SearchWords.Range range : ranges) {
      if (left.isEmpty()) {
        break;
      }
      Set<Long> domains = allInRange(DOMAINS_WITH_WORD, range, most);
      Set<Long> customers = domains == null ? null : allInRange(CUSTOMERS_WITH_WORD, range, most);
      if (customers == null) {
        return null;
      }
      Set<Long> kept = new HashSet<>();
      for (long id : left) {
        if (domains.contains(id) || customers.contains(customerOf.get(id))) {
          kept.add(id);
        }
      }
      left = kept;
    }
    return new HashSet<>(left);
  }

  /**
   * How many word entries, per filter-list domain, the desk reads of one word, of the domains' and
   * of the customers' index each, to find which of the filters' domains have the word.
   */
  private static final int WORD_READ = 5;

  /**
   * {@code IN} some ids, as SQL: a list of numbers for H2, one array for PostgreSQL (which plans a
   * list of 2,000 numbers in 4-5 ms, the array in under 1 ms).
   */
  private String in(Collection<Long> ids) {
    return h2 ? "IN (" + numbers(ids) + ")" : "= ANY('{" + numbers(ids) + "}')";
  }

  /** Ids per statement when the desk reads the filtered columns of a word's domains. */
  private static final int ID_CHUNK = 5_000;

  /** Ids per statement when the desk checks a word's domains until enough pass. */
  private static final int SAMPLE_CHUNK = 2_000;

  /**
   * The filters of a domain list query that have indexes of their own, in the order that breaks a
   * tie between them (a customer's domains are few).
   */
  private enum Filter {
    CUSTOMER("customer_id", "domains_customer_id_name_idx", null),
    PLUGIN("plugin", "domains_plugin_name_idx", "domains_plugin_expires_on_idx"),
    TLD("tld", "domains_tld_name_idx", "domains_tld_expires_on_idx"),
    STATUS("status", "domains_status_name_idx", "domains_status_expires_on_idx"),
    EXPIRY(null, null, "domains_expires_on_name_idx");

    /** The column an equality filter compares, or null for the expiry's range. */
    private final String column;

    /** The filter's index in name order, or null if none gives that order. */
    private final String byName;

    /** The filter's index in expiry order, or null if none gives that order. */
    private final String byExpiry;

    Filter(String column, String byName, String byExpiry) {
      this.column = column;
      this.byName = byName;
      this.byExpiry = byExpiry;
    }

    /** The filter's index in the order asked for, or null. */
    String sorted(boolean expiry) {
      return expiry ? byExpiry : byName;
    }

    /** Some index of the filter. */
    String any() {
      return byName != null ? byName : byExpiry;
    }
  }

  /**
   * What the query's filters keep of some domains.
   *
   * @param passed the domains checked that pass every filter
   * @param kept how many of the domains checked each filter of the query keeps by itself
   */
  private record FilterCheck(Set<Long> passed, Map<Filter, Integer> kept) {}

  /**
   * Which of some domains pass the query's filters (not its search), read by primary key alone and
   * compared here the way {@link #filters(DomainQuery)} compares them in SQL. Chunk by chunk, the
   * check stops once {@code enough} pass, or once the share of the domains checked so far that pass
   * says fewer than {@code enough} of them all would.
   */
  private FilterCheck check(Set<Long> ids, DomainQuery query, long enough) {
    List<Long> all = new ArrayList<>(ids);
    Set<Long> passed = new HashSet<>();
    Map<Filter, Integer> kept = new EnumMap<>(Filter.class);
    String state = query.state().map(Enum::name).orElse(null);
    String tld = query.tld().map(Tld::ascii).orElse(null);
    String plugin = query.plugin().orElse(null);
    LocalDate before = query.expiringBefore().orElse(null);
    Long customer = query.customerId().orElse(null);
    if (state != null) {
      kept.put(Filter.STATUS, 0);
    }
    if (tld != null) {
      kept.put(Filter.TLD, 0);
    }
    if (plugin != null) {
      kept.put(Filter.PLUGIN, 0);
    }
    if (before != null) {
      kept.put(Filter.EXPIRY, 0);
    }
    if (customer != null) {
      kept.put(Filter.CUSTOMER, 0);
    }
    boolean stopEarly = enough < Long.MAX_VALUE;
    int chunk = stopEarly ? SAMPLE_CHUNK : ID_CHUNK;
    int checked = 0;
    while (checked < all.size()) {
      List<Long> some = all.subList(checked, Math.min(all.size(), checked + chunk));
      jdbc.sql(
              "SELECT id, status, tld, plugin, expires_on, customer_id FROM domains WHERE id "
                  + in(some))
          .query(
              (ResultSet rs) -> {
                LocalDate expires = rs.getObject("expires_on", LocalDate.class);
                // every filter looked at (no short cut), so that each one's count is complete
                boolean keeps =
                    keep(kept, Filter.STATUS, state == null || state.equals(rs.getString("status")))
                        & keep(kept, Filter.TLD, tld == null || tld.equals(rs.getString("tld")))
                        & keep(
                            kept,
                            Filter.PLUGIN,
                            plugin == null || plugin.equals(rs.getString("plugin")))
                        & keep(
                            kept,
                            Filter.EXPIRY,
                            before == null || (expires != null && expires.isBefore(before)))
                        & keep(
                            kept,
                            Filter.CUSTOMER,
                            customer == null || customer == rs.getLong("customer_id"));
                if (keeps) {
                  passed.add(rs.getLong("id"));
                }
              });
      checked += some.size();
      if (stopEarly) {
        if (passed.size() >= enough
            || (double) passed.size() * all.size() < (double) enough * checked) {
          break;
        }
        // the next chunk as long as the share passing so far says is needed, and a quarter more
        chunk =
            (int)
                Math.min(
                    ID_CHUNK,
                    Math.max(
                        SAMPLE_CHUNK / 4,
                        1.25 * (enough - passed.size()) * checked / passed.size()));
      }
    }
    return new FilterCheck(passed, kept);
  }

  /** Counts a domain a filter of the query keeps. */
  private static boolean keep(Map<Filter, Integer> kept, Filter filter, boolean keeps) {
    if (keeps) {
      kept.computeIfPresent(filter, (f, n) -> n + 1);
    }
    return keeps;
  }

  /**
   * The index H2 is to walk for a broad word with filters (as {@code USE INDEX}), and the column to
   * put before the sort's so that H2 sees the rows come in order.
   *
   * @param hint {@code USE INDEX (...)}, with a space before it
   * @param lead the ORDER BY's first column and a comma, or empty
   */
  private record IndexWalk(String hint, String lead) {}

  /**
   * Which index to walk: the one, among the filters' indexes, of the filter that kept the fewest of
   * the domains checked, so at most the rows of that filter are read. When many domains pass, only
   * an index in the sort's order will do (the database then stops after the page), and without one
   * H2 walks the sort's own index ({@code USE INDEX ()}: no index from the conditions). When few
   * pass, the count reads the filter's rows up to the limit's anyway, and an index in another order
   * (a customer's domains by expiry, an expiry range by name) leaves the database to sort the few
   * rows it keeps.
   */
  private static IndexWalk walk(DomainQuery query, FilterCheck check, boolean inOrderOnly) {
    boolean byExpiry = query.sort() == DomainSort.EXPIRY;
    Filter best = null;
    for (Filter filter : Filter.values()) {
      Integer kept = check.kept().get(filter);
      if (kept == null || (inOrderOnly && filter.sorted(byExpiry) == null)) {
        continue;
      }
      if (best == null || kept < check.kept().get(best)) {
        best = filter;
      }
    }
    if (best == null) {
      return new IndexWalk(" USE INDEX ()", "");
    }
    String sorted = best.sorted(byExpiry);
    if (sorted == null) {
      return new IndexWalk(" USE INDEX (" + best.any() + ")", "");
    }
    return new IndexWalk(
        " USE INDEX (" + sorted + ")", best.column == null ? "" : "d." + best.column + ", ");
  }

  /**
   * Ids written into the SQL as numbers, not bound as parameters: H2 keeps a list of literal
   * numbers as a sorted set, but compares each row it reads with every parameter of the list in
   * turn (5,000 ids by primary key: 130-170 ms as parameters, 13-18 ms as numbers). They are the
   * database's own {@code long} ids, never user input.
   */
  private static String numbers(Collection<Long> ids) {
    StringBuilder sql = new StringBuilder(ids.size() * 7);
    for (long id : ids) {
      sql.append(sql.isEmpty() ? "" : ",").append(id);
    }
    return sql.toString();
  }

  private static List<String> filters(DomainQuery query) {
    List<String> conditions = new ArrayList<>();
    query.state().ifPresent(state -> conditions.add("d.status = :status"));
    query.tld().ifPresent(tld -> conditions.add("d.tld = :tld"));
    query.plugin().ifPresent(plugin -> conditions.add("d.plugin = :plugin"));
    query.expiringBefore().ifPresent(date -> conditions.add("d.expires_on < :before"));
    query.customerId().ifPresent(id -> conditions.add("d.customer_id = :customerId"));
    return conditions;
  }

  private static Map<String, Object> filterParams(DomainQuery query) {
    Map<String, Object> params = new HashMap<>();
    query.state().ifPresent(state -> params.put("status", state.name()));
    query.tld().ifPresent(tld -> params.put("tld", tld.ascii()));
    query.plugin().ifPresent(plugin -> params.put("plugin", plugin));
    query.expiringBefore().ifPresent(date -> params.put("before", Date.valueOf(date)));
    query.customerId().ifPresent(id -> params.put("customerId", id));
    return params;
  }

  /**
   * Stores the words a new domain is found by (its name never changes).
   *
   * @param domainId the domain
   * @param name its name
   */
  private void insertSearchTerms(long domainId, DomainName name) {
    for (byte[] term : DomainSearchTerms.of(name)) {
      jdbc.sql("INSERT INTO domain_search_terms (domain_id, term) VALUES (:id, :term)")
          .param("id", domainId)
          .param("term", term)
          .update();
    }
  }

  // ------------------------------------------------------------------ contacts

  /**
   * Replaces the contacts of the roles given; other roles stay.
   *
   * @param domainId the domain
   * @param contacts the contacts by role
   */
  public void replaceContacts(long domainId, Collection<DomainContact> contacts) {
    for (DomainContact contact : contacts) {
      jdbc.sql("DELETE FROM domain_contacts WHERE domain_id = :id AND contact_role = :role")
          .param("id", domainId)
          .param("role", contact.role().name())
          .update();
      jdbc.sql(
              """
              INSERT INTO domain_contacts (domain_id, contact_role, handle, summary)
              VALUES (:id, :role, :handle, :summary)
              """)
          .param("id", domainId)
          .param("role", contact.role().name())
          .param("handle", contact.handle().orElse(null))
          .param("summary", contact.summary())
          .update();
    }
  }

  /**
   * A domain's contacts.
   *
   * @param domainId the domain
   * @return the contacts by role
   */
  public Map<ContactRole, DomainContact> contacts(long domainId) {
    Map<ContactRole, DomainContact> contacts = new EnumMap<>(ContactRole.class);
    jdbc.sql("SELECT * FROM domain_contacts WHERE domain_id = :id")
        .param("id", domainId)
        .query(
            (ResultSet rs) -> {
              ContactRole role = ContactRole.valueOf(rs.getString("contact_role"));
              contacts.put(
                  role,
                  new DomainContact(
                      role, Optional.ofNullable(rs.getString("handle")), rs.getString("summary")));
            });
    return contacts;
  }

  // ------------------------------------------------------------------ custom field values

  /**
   * Replaces a domain's custom field values.
   *
   * @param domainId the domain
   * @param values field id → canonical value
   */
  public void replaceValues(long domainId, Map<Long, String> values) {
    jdbc.sql("DELETE FROM domain_field_values WHERE domain_id = :id")
        .param("id", domainId)
        .update();
    values.forEach(
        (fieldId, value) ->
            jdbc.sql(
                    """
                    INSERT INTO domain_field_values (domain_id, field_id, field_value)
                    VALUES (:domain, :field, :value)
                    """)
                .param("domain", domainId)
                .param("field", fieldId)
                .param("value", value)
                .update());
  }

  /**
   * A domain's custom field values.
   *
   * @param domainId the domain
   * @return field id → value
   */
  public Map<Long, String> values(long domainId) {
    Map<Long, String> values = new LinkedHashMap<>();
    jdbc.sql("SELECT field_id, field_value FROM domain_field_values WHERE domain_id = :id")
        .param("id", domainId)
        .query(
            (ResultSet rs) -> {
              values.put(rs.getLong("field_id"), rs.getString("field_value"));
            });
    return values;
  }

  /**
   * How many domains the desk holds under a TLD.
   *
   * @param tld the TLD, in A-label form
   * @return the count
   */
  public long countByTld(String tld) {
    return jdbc.sql("SELECT COUNT(*) FROM domains WHERE tld = :tld")
        .param("tld", tld)
        .query(Long.class)
        .single();
  }

  /**
   * How many values of a field domains hold.
   *
   * @param fieldId the field
   * @return the count
   */
  public long countValues(long fieldId) {
    return jdbc.sql("SELECT COUNT(*) FROM domain_field_values WHERE field_id = :id")
        .param("id", fieldId)
        .query(Long.class)
        .single();
  }

  /**
   * How many values of a field equal a text.
   *
   * @param fieldId the field
   * @param value the text
   * @return the count
   */
  public long countValuesEqualTo(long fieldId, String value) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM domain_field_values WHERE field_id = :id AND field_value = :v")
        .param("id", fieldId)
        .param("v", value)
        .query(Long.class)
        .single();
  }

  private static Domain map(ResultSet rs, int n) throws SQLException {
    String tld = rs.getString("tld");
    String ascii = rs.getString("name");
    String label = ascii.substring(0, ascii.length() - tld.length() - 1);
    boolean nsDefault = rs.getBoolean("nameservers_default");
    Optional<DomainNameservers> nameservers =
        rs.wasNull()
            ? Optional.empty()
            : Optional.of(DomainNameservers.parse(nsDefault, rs.getString("nameservers")));
    String renewal = rs.getString("renewal_mode");
    return new Domain(
        rs.getLong("id"),
        DomainName.of(label, Tld.of(tld)),
        rs.getLong("customer_id"),
        rs.getString("plugin"),
        Optional.ofNullable(rs.getString("registrar_domain_id")),
        DomainState.valueOf(rs.getString("status")),
        Optional.ofNullable(rs.getString("registrar_status")),
        date(rs, "registered_on"),
        date(rs, "expires_on"),
        nameservers,
        bool(rs, "transfer_lock"),
        bool(rs, "privacy"),
        Optional.ofNullable(renewal).map(RenewalMode::valueOf),
        rs.getBoolean("auto_renew"),
        Map.of(),
        Map.of(),
        Optional.ofNullable(SqlTime.instant(rs, "last_synced_at")),
        SqlTime.instant(rs, "created_at"),
        SqlTime.instant(rs, "updated_at"));
  }

  private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }

  private static Optional<Boolean> bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
