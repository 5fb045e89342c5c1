package org.regdesk.registrar.tck;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.RegistrarProvider;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * What a plugin's test gives the {@link RegistrarTck}: the plugin, and a test registrar the suite
 * can steer (names to use, time, faults, balance) and observe (how many requests reached it).
 *
 * <p>The suite asks for a new fixture before every test ({@link RegistrarTck#fixture()}) and closes
 * it afterwards. It creates the registrars itself, the way the host does: it binds {@link
 * #settings()} to the plugin's settings schema and passes a {@code RegistrarContext} with {@link
 * #clock()}, an audit sink and a logger it reads afterwards.
 *
 * <h2>Names</h2>
 *
 * Every name the fixture hands out must suit its purpose at the moment it is asked for. Fresh names
 * must differ on every call, because tests register several in a row and a registrar keeps what was
 * registered. Use a TLD that needs no extra fields ({@code TldRequirements} empty) for fresh names,
 * so that a registration needs nothing but the {@link #contactsFor contacts}.
 *
 * <h2>Counting</h2>
 *
 * {@link #callsReached(RegistrarOperation)} and {@link #callsReached()} count the requests that
 * reached the registrar since the fixture was created, whatever their outcome, including requests
 * that failed on credentials or were cut off by an {@link InjectedFault#APPLY_THEN_DROP} fault. The
 * suite uses them to prove that invalid input makes no call, that a retry does not send a second
 * create, and that every call is audited. A sandbox's call journal is the natural source.
 */
public interface RegistrarTckFixture extends AutoCloseable {

  /**
   * The plugin under test, as the host would load it.
   *
   * @return the provider
   */
  RegistrarProvider provider();

  /**
   * Setting values that work against the test registrar, keyed by setting key, secrets in clear
   * text (as the host passes them after decrypting). Must satisfy the plugin's settings schema.
   * Make the secrets distinctive (e.g. {@code tck-Key-7f3a91c2}, not {@code sandbox}): the suite
   * looks for them in everything the plugin writes, where a common word would show up anyway.
   *
   * @return the settings
   */
  Map<String, String> settings();

  /**
   * The same settings with credentials the test registrar refuses (e.g. a wrong API key). The wrong
   * secret should be at least six characters, so the suite can look for it in logs.
   *
   * @return the settings
   */
  Map<String, String> settingsWithBadCredentials();

  /**
   * The clock the registrar under test reads. If {@link #settlePendingOperations()} moves the test
   * registrar's time, this clock should move with it.
   *
   * @return the clock
   */
  Clock clock();

  /**
   * A name nobody holds, different on every call, under a TLD the plugin registers without extra
   * fields.
   *
   * @return a fresh available name
   */
  DomainName freshAvailableName();

  /**
   * A name held by someone else at another registrar, not in the test account: availability says
   * registered, registering it is refused.
   *
   * @return a taken name
   */
  DomainName takenName();

  /**
   * A syntactically valid name under a TLD the plugin does not sell.
   *
   * @return a name under an unsupported TLD
   */
  DomainName unsupportedTldName();

  /**
   * An available name the registry prices as premium, different on every call. The suite skips the
   * premium checks when there is none.
   *
   * @return a premium name, or empty if the test registrar has no premium names
   */
  default Optional<DomainName> premiumName() {
    return Optional.empty();
  }

  /**
   * A syntactically valid name the registry refuses as a name (too short, reserved …), which
   * availability reports {@code INVALID}. The suite skips that check when there is none.
   *
   * @return such a name, or empty
   */
  default Optional<DomainName> nameTheRegistryRefuses() {
    return Optional.empty();
  }

  /**
   * A domain registered at another registrar with its auth code, ready to be transferred in:
   * unlocked, transferable, different on every call. Needed when the plugin declares {@code
   * TRANSFER}, {@code TRANSFER_RESTART} or {@code TRANSFER_ELIGIBILITY}.
   *
   * @return the domain and its auth code
   */
  DomainHeldElsewhere domainHeldElsewhere();

  /**
   * A domain already in the test account that tests may change (lock, contacts, name servers …),
   * for plugins that cannot register. When the plugin declares {@code REGISTER}, the suite
   * registers fresh names instead and never asks.
   *
   * @return a domain in the account, or empty
   */
  default Optional<DomainName> domainInAccount() {
    return Optional.empty();
  }

  /**
   * Contacts for all four roles that the registrar accepts for this domain (identity number, phone,
   * country as its TLD needs). Give full details ({@code RoleContact.Details}), not handles: the
   * contact tests change them.
   *
   * @param domain the domain they are for
   * @return the contacts
   */
  Contacts contactsFor(DomainName domain);

  /**
   * Moves the test registrar forward until every pending registration and transfer has ended: for a
   * transfer with the right auth code, completed; with a wrong one, still waiting or failed.
   * Typically advances the registrar's clock by several days.
   */
  void settlePendingOperations();

  /**
   * Breaks the operation as the fault says, from now on (see {@link InjectedFault} for how long).
   *
   * @param operation the operation to break
   * @param fault what happens to its requests
   */
  void inject(RegistrarOperation operation, InjectedFault fault);

  /** Removes every fault still waiting, so requests work again. */
  void clearFaults();

  /** Sets the account's balance to zero, so that any charged operation is refused. */
  void emptyBalance();

  /** Restores a balance that covers every charged operation of the suite. */
  void refillBalance();

  /**
   * How many requests of this operation reached the registrar since the fixture was created.
   *
   * @param operation the operation
   * @return the count
   */
  long callsReached(RegistrarOperation operation);

  /**
   * How many requests of any kind reached the registrar since the fixture was created.
   *
   * @return the count
   */
  long callsReached();

  /** Releases what the fixture holds; the default does nothing. */
  @Override
  default void close() {}
}
