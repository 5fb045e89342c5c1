package org.regdesk.idna;

import java.util.ArrayList;
import java.util.List;

/**
 * Punycode (RFC 3492), the encoding behind the {@code xn--} labels of internationalised domain
 * names. This class only encodes and decodes; {@link Idna} decides which labels are valid names.
 *
 * <p>Written here rather than taken from {@link java.net.IDN} because that class implements
 * IDNA2003, which maps characters before encoding (such as {@code ß} to {@code ss}) and so would
 * encode a different name from the one given.
 */
public final class Punycode {
  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;
  private static final char DELIMITER = '-';

  private Punycode() {}

  /**
   * Encodes a string of Unicode code points, such as one label, without adding the {@code xn--}
   * prefix. Code points below 128 are copied as they are (case included).
   *
   * @param text the code points to encode
   * @return the Punycode text, ASCII only
   * @throws IdnaException ({@link IdnaViolation#LABEL_TOO_LONG}) if the text is too long for the
   *     arithmetic of the encoding
   */
  public static String encode(String text) {
    int[] codePoints = text.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    int basicCount = 0;
    for (int cp : codePoints) {
      if (cp < INITIAL_N) {
        out.append((char) cp);
        basicCount++;
      }
    }
    int handled = basicCount;
    if (basicCount > 0) {
      out.append(DELIMITER);
    }
    int n = INITIAL_N;
    int delta = 0;
    int bias = INITIAL_BIAS;
    while (handled < codePoints.length) {
      int next = Integer.MAX_VALUE;
      for (int cp : codePoints) {
        if (cp >= n && cp < next) {
          next = cp;
        }
      }
      if ((long) (next - n) * (handled + 1) + delta > Integer.MAX_VALUE) {
        throw new IdnaException(IdnaViolation.LABEL_TOO_LONG);
      }
      delta += (next - n) * (handled + 1);
      n = next;
      for (int cp : codePoints) {
        if (cp < n) {
          if (delta == Integer.MAX_VALUE) {
            throw new IdnaException(IdnaViolation.LABEL_TOO_LONG);
          }
          delta++;
        }
        if (cp == n) {
          int q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = threshold(k, bias);
            if (q < t) {
              break;
            }
            out.append(digit(t + (q - t) % (BASE - t)));
            q = (q - t) / (BASE - t);
          }
          out.append(digit(q));
          bias = adapt(delta, handled + 1, handled == basicCount);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return out.toString();
  }

  /**
   * Decodes Punycode text (the part of an {@code xn--} label after the prefix). Digits are read in
   * either case; letters before the last delimiter are copied as they are.
   *
   * @param encoded the Punycode text
   * @return the decoded code points
   * @throws IdnaException ({@link IdnaViolation#INVALID_PUNYCODE}) if the text is not valid
   *     Punycode or decodes to something other than Unicode scalar values
   */
  public static String decode(String encoded) {
    List<Integer> output = new ArrayList<>();
    int delimiter = encoded.lastIndexOf(DELIMITER);
    int pos = 0;
    if (delimiter > 0) {
      for (int j = 0; j < delimiter; j++) {
        char c = encoded.charAt(j);
        if (c >= INITIAL_N) {
          throw invalid();
        }
        output.add((int) c);
      }
      pos = delimiter + 1;
    }
    int n = INITIAL_N;
    int i = 0;
    int bias = INITIAL_BIAS;
    while (pos < encoded.length()) {
      int oldI = i;
      int weight = 1;
      for (int k = BASE; ; k += BASE) {
        if (pos >= encoded.length()) {
          throw invalid();
        }
        int digit = digitValue(encoded.charAt(pos++));
        if (digit < 0 || digit > (Integer.MAX_VALUE - i) / weight) {
          throw invalid();
        }
        i += digit * weight;
        int t = threshold(k, bias);
        if (digit < t) {
          break;
        }
        if (weight > Integer.MAX_VALUE / (BASE - t)) {
          throw invalid();
        }
        weight *= BASE - t;
      }
      int length = output.size() + 1;
      bias = adapt(i - oldI, length, oldI == 0);
      if (i / length > Integer.MAX_VALUE - n) {
        throw invalid();
      }
      n += i / length;
      i %= length;
      if (n > Character.MAX_CODE_POINT
          || (n >= Character.MIN_SURROGATE && n <= Character.MAX_SURROGATE)) {
        throw invalid();
      }
      output.add(i, n);
      i++;
    }
    StringBuilder text = new StringBuilder(output.size());
    output.forEach(text::appendCodePoint);
    return text.toString();
  }

  private static IdnaException invalid() {
    return new IdnaException(IdnaViolation.INVALID_PUNYCODE);
  }

  private static int threshold(int k, int bias) {
    if (k <= bias) {
      return TMIN;
    }
    return Math.min(k - bias, TMAX);
  }

  private static int adapt(int delta, int numPoints, boolean firstTime) {
    delta = firstTime ? delta / DAMP : delta / 2;
    delta += delta / numPoints;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + (d - 26));
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return -1;
  }
}
