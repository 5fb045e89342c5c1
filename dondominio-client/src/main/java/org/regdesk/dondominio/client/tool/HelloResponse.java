package org.regdesk.dondominio.client.tool;

import org.regdesk.dondominio.client.ResponseData;

/**
 * Answer to {@code tool/hello}.
 *
 * @param ip the caller's IP address as the API sees it (it must be registered for the account)
 * @param lang the API language in use, e.g. {@code es}
 * @param version the API version
 */
public record HelloResponse(String ip, String lang, String version) {

  /** Reads the response data. */
  public static HelloResponse from(ResponseData data) {
    return new HelloResponse(
        data.textOrEmpty("ip"), data.textOrEmpty("lang"), data.textOrEmpty("version"));
  }
}
