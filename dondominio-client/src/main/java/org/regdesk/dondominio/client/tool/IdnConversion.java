package org.regdesk.dondominio.client.tool;

import org.regdesk.dondominio.client.ResponseData;

/**
 * Answer to {@code tool/idnconverter}.
 *
 * @param query the query as the server read it
 * @param unicode the Unicode form
 * @param punycode the Punycode (ASCII) form
 */
public record IdnConversion(String query, String unicode, String punycode) {

  /** Reads the response data. */
  public static IdnConversion from(ResponseData data) {
    return new IdnConversion(
        data.textOrEmpty("query"), data.text("unicode"), data.text("punycode"));
  }
}
