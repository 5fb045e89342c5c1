package org.regdesk.app.registrar;

import java.util.Optional;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.SuffixList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit of registrar calls, newest first: for a domain's page, for a plugin's settings
 * page, and for the REST API ({@code /api/v1/registrar-calls}). Calls are recorded by the plugins
 * themselves through the desk's audit sink; nothing here writes.
 */
@Service
public class RegistrarCallLog {

  private final RegistrarCallRepository repository;
  private final SuffixList suffixes;

  /**
   * Creates the service.
   *
   * @param repository the calls table
   * @param suffixes the public suffix list, to read domain names typed by people
   */
  RegistrarCallLog(RegistrarCallRepository repository, SuffixList suffixes) {
    this.repository = repository;
    this.suffixes = suffixes;
  }

  /**
   * The calls about one domain, newest first.
   *
   * @param domain the domain
   * @param page which page
   * @return the calls
   */
  @Transactional(readOnly = true)
  public Page<RecordedCall> forDomain(DomainName domain, PageRequest page) {
    return read(
        new RegistrarCallRepository.Filter(Optional.empty(), Optional.of(domain.ascii())), page);
  }

  /**
   * The calls of one plugin, newest first.
   *
   * @param plugin the plugin's stable name
   * @param page which page
   * @return the calls
   */
  @Transactional(readOnly = true)
  public Page<RecordedCall> forPlugin(String plugin, PageRequest page) {
    return read(new RegistrarCallRepository.Filter(Optional.of(plugin), Optional.empty()), page);
  }

  /**
   * The most recent calls of every plugin.
   *
   * @param page which page
   * @return the calls
   */
  @Transactional(readOnly = true)
  public Page<RecordedCall> recent(PageRequest page) {
    return read(RegistrarCallRepository.Filter.ALL, page);
  }

  /**
   * The calls matching filters as typed by a person or sent to the API, newest first.
   *
   * @param domain a domain name (Unicode or ASCII, any case), or blank for every domain
   * @param plugin a plugin's stable name, or blank for every plugin
   * @param page which page
   * @return the calls
   * @throws org.regdesk.app.ValidationException naming {@code domain} when it is not a registrable
   *     domain name
   */
  @Transactional(readOnly = true)
  public Page<RecordedCall> find(String domain, String plugin, PageRequest page) {
    FieldErrors errors = new FieldErrors();
    Optional<String> domainFilter = Optional.empty();
    if (domain != null && !domain.isBlank()) {
      DomainName parsed = errors.parse("domain", () -> DomainName.parse(domain, suffixes));
      domainFilter = Optional.ofNullable(parsed).map(DomainName::ascii);
    }
    errors.throwIfAny();
    Optional<String> pluginFilter =
        plugin == null || plugin.isBlank() ? Optional.empty() : Optional.of(plugin.strip());
    return read(new RegistrarCallRepository.Filter(pluginFilter, domainFilter), page);
  }

  private Page<RecordedCall> read(RegistrarCallRepository.Filter filter, PageRequest page) {
    return new Page<>(repository.find(filter, page), page, repository.count(filter));
  }
}
