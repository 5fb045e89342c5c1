package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.RenewalMode;
import org.regdesk.registrar.spi.value.TldFieldValues;

/**
 * A request to register a name. Built with {@link #builder}.
 *
 * @param domain the name
 * @param period the term
 * @param contacts all four roles
 * @param nameservers the delegation
 * @param privacy whether to turn on WHOIS privacy
 * @param renewalMode what the registrar does at expiry; a billing desk sends {@link
 *     RenewalMode#MANUAL} so only paid renewals happen
 * @param tldFields the answers to the TLD's extra requirements
 * @param acceptedPremiumPrice the premium price (per year) the customer agreed to; empty means a
 *     premium name must be refused. The plugin refuses too when the live price differs.
 */
public record RegisterRequest(
    DomainName domain,
    Period period,
    Contacts contacts,
    Nameservers nameservers,
    boolean privacy,
    RenewalMode renewalMode,
    TldFieldValues tldFields,
    Optional<Money> acceptedPremiumPrice,
    boolean settingsDeferred) {

  /**
   * Checks the parts; all four contact roles are required.
   *
   * @param domain the name
   * @param period the term
   * @param contacts all four roles
   * @param nameservers the delegation
   * @param privacy whether to turn on WHOIS privacy
   * @param renewalMode what the registrar does at expiry; a billing desk sends {@link
   *     RenewalMode#MANUAL} so only paid renewals happen
   * @param tldFields the answers to the TLD's extra requirements
   * @param acceptedPremiumPrice the premium price (per year) the customer agreed to; empty means a
   *     premium name must be refused. The plugin refuses too when the live price differs.
   * @param settingsDeferred true when the caller applies {@code privacy} and {@code renewalMode}
   *     itself afterwards ({@link org.regdesk.registrar.spi.Registrar#setPrivacy},{@link
   *     org.regdesk.registrar.spi.Registrar#setRenewalMode}): the plugin then makes only the
   *     charged call, and the result shows the registrar's own defaults. A desk uses it to keep the
   *     part of an order that must happen exactly once as short as possible.
   */
  public RegisterRequest {
    Require.present("domain", domain);
    Require.present("period", period);
    Require.present("contacts", contacts).requireComplete();
    Require.present("nameservers", nameservers);
    Require.present("renewalMode", renewalMode);
    Require.present("tldFields", tldFields);
    Require.present("acceptedPremiumPrice", acceptedPremiumPrice);
  }

  /**
   * Starts a request with the registrar's default name servers, no privacy, manual renewal, no TLD
   * answers and no premium consent.
   *
   * @param domain the name
   * @param period the term
   * @param contacts all four roles
   * @return a builder
   */
  public static Builder builder(DomainName domain, Period period, Contacts contacts) {
    return new Builder(domain, period, contacts);
  }

  /** Collects the optional parts of a {@link RegisterRequest}. */
  public static final class Builder {
    private final DomainName domain;
    private final Period period;
    private final Contacts contacts;
    private Nameservers nameservers = Nameservers.registrarDefault();
    private boolean privacy;
    private RenewalMode renewalMode = RenewalMode.MANUAL;
    private TldFieldValues tldFields = TldFieldValues.NONE;
    private Optional<Money> acceptedPremiumPrice = Optional.empty();
    private boolean settingsDeferred;

    private Builder(DomainName domain, Period period, Contacts contacts) {
      this.domain = domain;
      this.period = period;
      this.contacts = contacts;
    }

    /**
     * Sets the name servers.
     *
     * @param nameservers the delegation
     * @return this builder
     */
    public Builder nameservers(Nameservers nameservers) {
      this.nameservers = nameservers;
      return this;
    }

    /**
     * Sets WHOIS privacy.
     *
     * @param privacy true to turn it on
     * @return this builder
     */
    public Builder privacy(boolean privacy) {
      this.privacy = privacy;
      return this;
    }

    /**
     * Sets the renewal mode.
     *
     * @param renewalMode the mode
     * @return this builder
     */
    public Builder renewalMode(RenewalMode renewalMode) {
      this.renewalMode = renewalMode;
      return this;
    }

    /**
     * Sets the answers to the TLD's requirements.
     *
     * @param tldFields the answers
     * @return this builder
     */
    public Builder tldFields(TldFieldValues tldFields) {
      this.tldFields = tldFields;
      return this;
    }

    /**
     * Accepts a premium price.
     *
     * @param price the per-year price the customer agreed to
     * @return this builder
     */
    public Builder acceptPremiumPrice(Money price) {
      this.acceptedPremiumPrice = Optional.of(price);
      return this;
    }

    /**
     * Leaves privacy and the renewal mode to the caller, who sets them after the registration.
     *
     * @return this builder
     */
    public Builder deferSettings() {
      this.settingsDeferred = true;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws org.regdesk.registrar.spi.value.InvalidValueException naming the bad part
     */
    public RegisterRequest build() {
      return new RegisterRequest(
          domain,
          period,
          contacts,
          nameservers,
          privacy,
          renewalMode,
          tldFields,
          acceptedPremiumPrice,
          settingsDeferred);
    }
  }
}
