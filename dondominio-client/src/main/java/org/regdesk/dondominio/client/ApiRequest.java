package org.regdesk.dondominio.client;

/**
 * A typed request for one API action; {@link DonDominioClient#call} sends it and returns the typed
 * response.
 *
 * <p>Implementations are immutable records validated when built. They give their action-specific
 * parameters only; the client adds the credentials and output options every call carries.
 *
 * @param <R> the response type
 */
public interface ApiRequest<R> {

  /** The action, which fixes the URL path and whether the request may be resent. */
  ApiAction action();

  /** The action-specific parameters, in wire order. */
  FormParameters parameters();

  /** Reads the typed response from a successful response's {@code responseData}. */
  R parseResponse(ResponseData data);
}
