package org.regdesk.dondominio.client.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.regdesk.dondominio.client.ResponseData;

/**
 * The price of one operation on a TLD, in the account currency ({@link AccountInfo#balance()}).
 *
 * @param price the price per year
 * @param years the periods allowed, in years
 * @param inPromo whether a promotion applies
 */
public record ZonePrice(BigDecimal price, List<Integer> years, boolean inPromo) {

  /** Copies the list. */
  public ZonePrice {
    years = List.copyOf(years);
  }

  /** Reads a price object; {@code years} may be a comma list {@code "1,2,3"} or an array. */
  public static ZonePrice from(ResponseData data) {
    List<Integer> years = new ArrayList<>();
    for (String item : data.texts("years")) {
      for (String token : item.split(",")) {
        String t = token.trim();
        if (!t.isEmpty() && t.length() < 4 && t.chars().allMatch(Character::isDigit)) {
          years.add(Integer.parseInt(t));
        }
      }
    }
    return new ZonePrice(data.decimal("price"), years, data.flagOrFalse("inPromo"));
  }
}
