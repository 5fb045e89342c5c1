package org.regdesk.registrar.dondominio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.operation.ListCursor;

/**
 * The plugin's opaque listing cursor: the next page number and the page length of the listing it
 * continues, so a listing keeps one page length from start to end whatever the caller asks later.
 */
final class ListCursors {

  private static final Pattern TOKEN = Pattern.compile("dondominio-list:([0-9]{1,9}):([0-9]{1,4})");

  /**
   * Where a listing continues.
   *
   * @param page the page to read, from 1
   * @param pageLength the page length
   */
  record Position(int page, int pageLength) {}

  private ListCursors() {}

  static ListCursor encode(Position position) {
    String token = "dondominio-list:" + position.page() + ":" + position.pageLength();
    return ListCursor.of(
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(token.getBytes(StandardCharsets.UTF_8)));
  }

  static Position decode(ListCursor cursor) throws InvalidInputException {
    String token;
    try {
      token = new String(Base64.getUrlDecoder().decode(cursor.token()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notOurs();
    }
    Matcher matcher = TOKEN.matcher(token);
    if (!matcher.matches()) {
      throw notOurs();
    }
    int page = Integer.parseInt(matcher.group(1));
    int length = Integer.parseInt(matcher.group(2));
    if (page < 1 || length < 1 || length > Paging.MAX_PAGE_LENGTH) {
      throw notOurs();
    }
    return new Position(page, length);
  }

  private static InvalidInputException notOurs() {
    return InvalidInputException.of("cursor", "is not a cursor this plugin issued");
  }
}
