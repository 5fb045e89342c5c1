package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.AuthCode;
import org.regdesk.registrar.spi.value.ContactRole;
import org.regdesk.registrar.spi.value.Contacts;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Nameservers;
import org.regdesk.registrar.spi.value.TldFieldValues;

/**
 * A request to transfer a name in from another registrar. Built with {@link #builder}.
 *
 * @param domain the name
 * @param authCode the auth code from the losing registrar; most TLDs require one
 * @param contacts all four roles
 * @param nameservers the delegation after the transfer; empty keeps the current name servers
 * @param foaRecipient who receives the authorisation mail, {@link ContactRole#OWNER} or {@link
 *     ContactRole#ADMIN}; empty leaves it to the registrar
 * @param tldFields the answers to the TLD's extra requirements
 */
public record TransferRequest(
    DomainName domain,
    Optional<AuthCode> authCode,
    Contacts contacts,
    Optional<Nameservers> nameservers,
    Optional<ContactRole> foaRecipient,
    TldFieldValues tldFields) {

  /**
   * Checks the parts; all four contact roles are required.
   *
   * @param domain the name
   * @param authCode the auth code from the losing registrar; most TLDs require one
   * @param contacts all four roles
   * @param nameservers the delegation after the transfer; empty keeps the current name servers
   * @param foaRecipient who receives the authorisation mail, {@link ContactRole#OWNER} or {@link
   *     ContactRole#ADMIN}; empty leaves it to the registrar
   * @param tldFields the answers to the TLD's extra requirements
   */
  public TransferRequest {
    Require.present("domain", domain);
    Require.present("authCode", authCode);
    Require.present("contacts", contacts).requireComplete();
    Require.present("nameservers", nameservers);
    Require.present("foaRecipient", foaRecipient);
    if (foaRecipient.isPresent()
        && foaRecipient.get() != ContactRole.OWNER
        && foaRecipient.get() != ContactRole.ADMIN) {
      throw new InvalidValueException("foaRecipient", "must be the owner or the admin contact");
    }
    Require.present("tldFields", tldFields);
  }

  /**
   * Starts a request that keeps the current name servers and has no TLD answers.
   *
   * @param domain the name
   * @param authCode the auth code, or null if the TLD needs none
   * @param contacts all four roles
   * @return a builder
   */
  public static Builder builder(DomainName domain, AuthCode authCode, Contacts contacts) {
    return new Builder(domain, Optional.ofNullable(authCode), contacts);
  }

  /** Collects the optional parts of a {@link TransferRequest}. */
  public static final class Builder {
    private final DomainName domain;
    private final Optional<AuthCode> authCode;
    private final Contacts contacts;
    private Optional<Nameservers> nameservers = Optional.empty();
    private Optional<ContactRole> foaRecipient = Optional.empty();
    private TldFieldValues tldFields = TldFieldValues.NONE;

    private Builder(DomainName domain, Optional<AuthCode> authCode, Contacts contacts) {
      this.domain = domain;
      this.authCode = authCode;
      this.contacts = contacts;
    }

    /**
     * Replaces the name servers once the transfer completes.
     *
     * @param nameservers the delegation
     * @return this builder
     */
    public Builder nameservers(Nameservers nameservers) {
      this.nameservers = Optional.of(nameservers);
      return this;
    }

    /**
     * Chooses who receives the authorisation mail.
     *
     * @param role owner or admin
     * @return this builder
     */
    public Builder foaRecipient(ContactRole role) {
      this.foaRecipient = Optional.of(role);
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
     * Builds the request.
     *
     * @return the request
     * @throws InvalidValueException naming the bad part
     */
    public TransferRequest build() {
      return new TransferRequest(domain, authCode, contacts, nameservers, foaRecipient, tldFields);
    }
  }
}
