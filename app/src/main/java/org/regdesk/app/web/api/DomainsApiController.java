package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainContact;
import org.regdesk.app.domain.DomainListItem;
import org.regdesk.app.domain.DomainQuery;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.ShownFieldValue;
import org.regdesk.app.registrar.RegistrarCallLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/domains}: the domain list with the screen's search and filters, one domain by id
 * or name (custom field values of secret fields masked), and the registrar calls about a domain.
 */
@RestController
@RequestMapping("/api/v1/domains")
public class DomainsApiController {

  private final Domains domains;
  private final RegistrarCallLog calls;

  /**
   * Creates the controller.
   *
   * @param domains the domains service
   * @param calls the audit of registrar calls
   */
  public DomainsApiController(Domains domains, RegistrarCallLog calls) {
    this.domains = domains;
    this.calls = calls;
  }

  /**
   * Lists domains.
   *
   * @param q search text
   * @param status a state
   * @param tld a TLD
   * @param registrar a plugin's name
   * @param expiringBefore a date
   * @param sort name or expiry
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping
  @Operation(
      summary =
          "List domains; q finds domains with, for each word typed, a word of the name or of"
              + " the customer's name or e-mail address beginning with it; filters status, tld,"
              + " registrar, expiringBefore (yyyy-MM-dd); sort name or expiry. A search matching"
              + " more than 2,500 domains is counted to 1,000 only: totalExact is false, totalItems"
              + " (1,000, or the end of the page asked for) a lower bound, and the next page is"
              + " there")
  public ApiPage<DomainSummaryResponse> list(
      @RequestParam(defaultValue = "") String q,
      @Parameter(description = "a state, e.g. ACTIVE, PENDING_TRANSFER, EXPIRED")
          @RequestParam(defaultValue = "")
          String status,
      @Parameter(description = "a TLD, e.g. com or com.es") @RequestParam(defaultValue = "")
          String tld,
      @Parameter(description = "a registrar plugin's name, e.g. dondominio")
          @RequestParam(defaultValue = "")
          String registrar,
      @Parameter(description = "only domains expiring before this date, yyyy-MM-dd")
          @RequestParam(defaultValue = "")
          String expiringBefore,
      @Parameter(description = "name (default) or expiry") @RequestParam(defaultValue = "")
          String sort,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    DomainQuery query = DomainQuery.parse(q, status, tld, registrar, expiringBefore, sort);
    return ApiPage.of(
        domains.list(query, ApiPaging.request(page, size)), DomainSummaryResponse::of);
  }

  /**
   * One domain.
   *
   * @param idOrName the id, or the name (Unicode or A-label)
   * @return the domain
   */
  @GetMapping("/{idOrName}")
  @Operation(
      summary =
          "Get a domain by id or by name, with contacts and custom field values (secret ones"
              + " masked as ****)")
  public DomainResponse get(@PathVariable String idOrName) {
    Domain domain =
        idOrName.chars().allMatch(Character::isDigit) && !idOrName.isEmpty()
            ? domains.get(Long.parseLong(idOrName))
            : domains.getByName(idOrName);
    return DomainResponse.of(domain, domains.shownFieldValues(domain));
  }

  /**
   * The registrar calls about a domain, newest first.
   *
   * @param id the domain's id
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping("/{id:\\d+}/registrar-calls")
  @Operation(
      summary =
          "List the registrar calls about a domain, newest first, with trigger, duration,"
              + " outcome, registrar code and masked parameters")
  public ApiPage<RegistrarCallsApiController.CallResponse> registrarCalls(
      @PathVariable long id,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    Domain domain = domains.get(id);
    return ApiPage.of(
        calls.forDomain(domain.name(), ApiPaging.request(page, size)),
        RegistrarCallsApiController.CallResponse::of);
  }

  /**
   * A domain in a list.
   *
   * @param id the id
   * @param name the A-label
   * @param unicodeName the name people read
   * @param tld the TLD
   * @param status the state, e.g. {@code ACTIVE}
   * @param registrar the plugin's name
   * @param expiresOn the expiry date, or null
   * @param customerId the customer's id
   * @param customerName the customer's name
   */
  public record DomainSummaryResponse(
      long id,
      String name,
      String unicodeName,
      String tld,
      String status,
      String registrar,
      LocalDate expiresOn,
      long customerId,
      String customerName) {

    static DomainSummaryResponse of(DomainListItem item) {
      Domain d = item.domain();
      return new DomainSummaryResponse(
          d.id(),
          d.name().ascii(),
          d.name().unicode(),
          d.name().tld().ascii(),
          d.state().name(),
          d.plugin(),
          d.expiresOn().orElse(null),
          d.customerId(),
          item.customerName());
    }
  }

  /**
   * One domain.
   *
   * @param id the id
   * @param name the A-label
   * @param unicodeName the name people read
   * @param tld the TLD
   * @param customerId the customer's id
   * @param registrar the plugin's name
   * @param registrarDomainId the registrar's id, or null
   * @param status the state
   * @param registrarStatus the registrar's status text, or null
   * @param registeredOn the registration date, or null
   * @param expiresOn the expiry date, or null
   * @param nameservers the name servers, or null when not reported
   * @param registrarDefaultNameservers whether they are the registrar's default, or null
   * @param transferLock the registrar lock, or null when not reported
   * @param privacy ID protection, or null when not reported
   * @param renewalMode the renewal mode, or null when not reported
   * @param autoRenew whether the desk renews it by itself
   * @param contacts the contacts reported
   * @param customFields the custom field values, secret ones masked
   * @param lastSyncedAt when the registrar's view was last applied, or null
   * @param createdAt when the record was created
   * @param updatedAt when it last changed
   */
  public record DomainResponse(
      long id,
      String name,
      String unicodeName,
      String tld,
      long customerId,
      String registrar,
      String registrarDomainId,
      String status,
      String registrarStatus,
      LocalDate registeredOn,
      LocalDate expiresOn,
      List<String> nameservers,
      Boolean registrarDefaultNameservers,
      Boolean transferLock,
      Boolean privacy,
      String renewalMode,
      boolean autoRenew,
      List<ContactResponse> contacts,
      List<FieldValueResponse> customFields,
      Instant lastSyncedAt,
      Instant createdAt,
      Instant updatedAt) {

    static DomainResponse of(Domain d, List<ShownFieldValue> values) {
      return new DomainResponse(
          d.id(),
          d.name().ascii(),
          d.name().unicode(),
          d.name().tld().ascii(),
          d.customerId(),
          d.plugin(),
          d.registrarDomainId().orElse(null),
          d.state().name(),
          d.registrarStatus().orElse(null),
          d.registeredOn().orElse(null),
          d.expiresOn().orElse(null),
          d.nameservers().map(ns -> ns.hosts()).orElse(null),
          d.nameservers().map(ns -> ns.registrarDefault()).orElse(null),
          d.transferLock().orElse(null),
          d.privacy().orElse(null),
          d.renewalMode().map(Enum::name).orElse(null),
          d.autoRenew(),
          d.contactList().stream().map(ContactResponse::of).toList(),
          values.stream().map(FieldValueResponse::of).toList(),
          d.lastSyncedAt().orElse(null),
          d.createdAt(),
          d.updatedAt());
    }
  }

  /**
   * A contact of a domain.
   *
   * @param role {@code OWNER}, {@code ADMIN}, {@code TECH} or {@code BILLING}
   * @param handle the registrar's contact id, or null
   * @param summary name, organisation and e-mail address
   */
  public record ContactResponse(String role, String handle, String summary) {
    static ContactResponse of(DomainContact c) {
      return new ContactResponse(c.role().name(), c.handle().orElse(null), c.summary());
    }
  }

  /**
   * A custom field value.
   *
   * @param key the field's stable key
   * @param name the field's name
   * @param value the value as shown, {@code ****} for a secret field
   * @param secret whether the value is masked
   */
  public record FieldValueResponse(String key, String name, String value, boolean secret) {
    static FieldValueResponse of(ShownFieldValue v) {
      return new FieldValueResponse(v.key(), v.name(), v.value(), v.secret());
    }
  }
}
