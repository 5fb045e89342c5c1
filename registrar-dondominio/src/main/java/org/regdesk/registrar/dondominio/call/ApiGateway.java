package org.regdesk.registrar.dondominio.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.regdesk.dondominio.client.ApiRequest;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.FormParameters;
import org.regdesk.dondominio.client.error.DonDominioException;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.registrar.spi.audit.CallAudit;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * The only way the plugin calls DonDominio: each call goes through the host's audit (action,
 * domain, duration, outcome, error code, parameters with secrets masked) and every client failure
 * comes back as the one registrar failure the {@link ErrorTable} gives it.
 */
public final class ApiGateway {

  private final DonDominioClient client;
  private final String apiUser;
  private final CallAudit audit;
  private final SecretMasker masker;

  /**
   * A gateway.
   *
   * @param client the DonDominio client
   * @param apiUser the API user, recorded with every call
   * @param audit the host's call audit
   * @param masker the plugin's masker (secret settings and sensitive keys)
   */
  public ApiGateway(DonDominioClient client, String apiUser, CallAudit audit, SecretMasker masker) {
    this.client = client;
    this.apiUser = apiUser;
    this.audit = audit;
    this.masker = masker;
  }

  /**
   * Builds a request and sends it. A value the client refuses while building is the caller's input
   * error (no call is made).
   *
   * @param domain the domain concerned, if any, for the audit
   * @param request builds the request
   * @param <R> the response type
   * @return the response
   * @throws RegistrarException the failure, already recorded in the audit
   */
  public <R> R call(Optional<DomainName> domain, Supplier<? extends ApiRequest<R>> request)
      throws RegistrarException {
    ApiRequest<R> built;
    try {
      built = request.get();
    } catch (InvalidRequestValueException e) {
      throw InvalidInputException.of(e.field(), "is not in a form DonDominio accepts");
    }
    return send(domain, built);
  }

  /**
   * Sends a built request.
   *
   * @param domain the domain concerned, if any, for the audit
   * @param request the request
   * @param <R> the response type
   * @return the response
   * @throws RegistrarException the failure, already recorded in the audit
   */
  public <R> R send(Optional<DomainName> domain, ApiRequest<R> request) throws RegistrarException {
    return audit.call(
        request.action().actionName(),
        domain,
        auditParameters(apiUser, request.parameters()),
        () -> {
          try {
            return client.call(request);
          } catch (DonDominioException e) {
            throw ErrorTable.translate(e, request.action(), masker);
          }
        });
  }

  /**
   * The parameters as the audit records them, credentials first as the client sends them: the API
   * key and values the client marks secret (auth codes) are masked here, and the audit's masker
   * masks sensitive keys and the plugin's secret values once more.
   */
  static Map<String, String> auditParameters(String apiUser, FormParameters parameters) {
    Map<String, String> audited = new LinkedHashMap<>();
    audited.put("apiuser", apiUser);
    audited.put("apipasswd", SecretMasker.MASK);
    for (FormParameters.Parameter parameter : parameters.parameters()) {
      audited.put(parameter.name(), parameter.secret() ? SecretMasker.MASK : parameter.value());
    }
    return audited;
  }
}
