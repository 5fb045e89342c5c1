package org.regdesk.dondominio.client.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.regdesk.dondominio.client.ResponseData;
import org.regdesk.dondominio.client.value.RenewalMode;
import org.regdesk.dondominio.client.value.VerificationStatus;

/**
 * A domain's status details ({@code domain/getinfo infoType=status}, or a {@code domain/list} item
 * with that info type). Flags the server leaves out read as {@code false}.
 *
 * @param domain the base fields
 * @param created the creation date ({@code tsCreate})
 * @param renewable whether the domain can be renewed now
 * @param renewalMode the renewal mode
 * @param modifyBlock whether the modification lock is on
 * @param transferBlock the transfer lock; <b>empty when the TLD has no transfer lock</b> (the
 *     server then leaves the key out)
 * @param whoisPrivacy whether WHOIS privacy is on
 * @param viewWhois the WHOIS visibility flag, when sent
 * @param authcodeCheck whether the auth code can be read through the API
 * @param serviceAssociated whether a hosting service is attached
 * @param tag the domain's tag, when set
 * @param ownerVerification the owner contact's verification status
 */
public record DomainStatusInfo(
    DomainSummary domain,
    Optional<LocalDate> created,
    boolean renewable,
    RenewalMode renewalMode,
    boolean modifyBlock,
    Optional<Boolean> transferBlock,
    boolean whoisPrivacy,
    Optional<Boolean> viewWhois,
    boolean authcodeCheck,
    boolean serviceAssociated,
    Optional<String> tag,
    VerificationStatus ownerVerification) {

  /** Reads the response data. */
  public static DomainStatusInfo from(ResponseData data) {
    return new DomainStatusInfo(
        DomainSummary.from(data),
        data.date("tsCreate"),
        data.flagOrFalse("renewable"),
        RenewalMode.fromWire(data.textOrEmpty("renewalMode")),
        data.flagOrFalse("modifyBlock"),
        data.optionalFlag("transferBlock"),
        data.flagOrFalse("whoisPrivacy"),
        data.optionalFlag("viewWhois"),
        data.flagOrFalse("authcodeCheck"),
        data.flagOrFalse("serviceAssociated"),
        data.optionalText("tag"),
        VerificationStatus.fromWire(data.textOrEmpty("ownerverification")));
  }
}
