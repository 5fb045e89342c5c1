package org.regdesk.dondominio.client.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * A timestamp the server sends in a format the API does not document ({@code ts}, {@code
 * tsDeleted}). The text is kept as sent; {@link #dateTime()} reads the usual forms {@code
 * YYYY-MM-DD HH:MM:SS}, {@code YYYY-MM-DDTHH:MM:SS} and {@code YYYY-MM-DD}.
 *
 * @param text the value as sent, possibly empty
 */
public record ServerTimestamp(String text) {
  private static final DateTimeFormatter SPACE_SEPARATED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  /** Checks the text is present (it may be empty). */
  public ServerTimestamp {
    Checks.required(text, "timestamp");
  }

  /** The local date and time, when the text has one of the known forms. */
  public Optional<LocalDateTime> dateTime() {
    try {
      if (text.length() == 10) {
        return Optional.of(LocalDate.parse(text).atStartOfDay());
      }
      if (text.length() == 19 && text.charAt(10) == 'T') {
        return Optional.of(LocalDateTime.parse(text));
      }
      return Optional.of(LocalDateTime.parse(text, SPACE_SEPARATED));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
