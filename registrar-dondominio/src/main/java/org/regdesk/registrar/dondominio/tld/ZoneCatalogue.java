package org.regdesk.registrar.dondominio.tld;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.regdesk.registrar.spi.value.SuffixList;
import org.regdesk.registrar.spi.value.Tld;

/**
 * The TLDs the plugin knows DonDominio sells: a list shipped with the plugin ({@code zones.txt},
 * which also covers every TLD of the {@link TldTable}) plus every zone the live price list ({@code
 * account/zones}) has reported since. A name under any other TLD is refused before a call is made,
 * because DonDominio forbids speculative checks.
 *
 * <p>Also a {@link SuffixList}, for splitting typed names ({@code shop.com.es} is {@code shop} +
 * {@code com.es}). Thread-safe.
 */
public final class ZoneCatalogue implements SuffixList {

  private static final String RESOURCE = "zones.txt";

  private final Set<Tld> zones = ConcurrentHashMap.newKeySet();

  private ZoneCatalogue(Collection<Tld> shipped) {
    zones.addAll(shipped);
  }

  /**
   * The shipped list and the TLD table.
   *
   * @return a new catalogue
   */
  public static ZoneCatalogue shipped() {
    Set<Tld> all = new HashSet<>(readShipped());
    TldTable.rows().forEach(row -> all.addAll(row.tlds()));
    return new ZoneCatalogue(all);
  }

  /**
   * Whether DonDominio sells the TLD, as far as the plugin knows.
   *
   * @param tld the TLD
   * @return true if known
   */
  public boolean sells(Tld tld) {
    return zones.contains(tld);
  }

  @Override
  public boolean contains(Tld suffix) {
    return sells(suffix);
  }

  /**
   * Adds zones the live price list reported.
   *
   * @param learned the zones
   */
  public void learn(Collection<Tld> learned) {
    zones.addAll(learned);
  }

  private static Set<Tld> readShipped() {
    Set<Tld> shipped = new HashSet<>();
    try (InputStream in = ZoneCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the plugin");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String zone = line.strip();
        if (!zone.isEmpty() && !zone.startsWith("#")) {
          shipped.add(Tld.of(zone));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return shipped;
  }
}
