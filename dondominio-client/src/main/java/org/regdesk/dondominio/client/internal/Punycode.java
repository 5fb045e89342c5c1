package org.regdesk.dondominio.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Punycode (RFC 3492), the encoding behind {@code xn--} labels of internationalised domain names.
 *
 * <p>Written here rather than taken from {@link java.net.IDN} because that class implements
 * IDNA2003, which silently maps characters such as {@code ß} to {@code ss} and so would send a
 * different domain name to the registrar than the one the customer asked for.
 */
public final class Punycode {
  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;

  private Punycode() {}

  /**
   * Encodes a label of Unicode code points (without the {@code xn--} prefix).
   *
   * @throws IllegalArgumentException if the label is too long to encode
   */
  public static String encode(String label) {
    int[] codePoints = label.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    int basicCount = 0;
    for (int cp : codePoints) {
      if (cp < 0x80) {
        out.append((char) cp);
        basicCount++;
      }
    }
    int handled = basicCount;
    if (basicCount > 0) {
      out.append('-');
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
        throw new IllegalArgumentException("label too long to encode");
      }
      delta += (next - n) * (handled + 1);
      n = next;
      for (int cp : codePoints) {
        if (cp < n) {
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
   * Decodes the part of an {@code xn--} label after the prefix.
   *
   * @throws IllegalArgumentException if the text is not valid Punycode
   */
  public static String decode(String encoded) {
    List<Integer> output = new ArrayList<>();
    int delimiter = encoded.lastIndexOf('-');
    for (int j = 0; j < Math.max(delimiter, 0); j++) {
      char c = encoded.charAt(j);
      if (c >= 0x80) {
        throw new IllegalArgumentException("non-ASCII character in Punycode");
      }
      output.add((int) c);
    }
    int pos = delimiter >= 0 ? delimiter + 1 : 0;
    int n = INITIAL_N;
    int i = 0;
    int bias = INITIAL_BIAS;
    while (pos < encoded.length()) {
      int oldI = i;
      int weight = 1;
      for (int k = BASE; ; k += BASE) {
        if (pos >= encoded.length()) {
          throw new IllegalArgumentException("truncated Punycode");
        }
        int digit = digitValue(encoded.charAt(pos++));
        if (digit < 0) {
          throw new IllegalArgumentException("invalid Punycode digit");
        }
        if (digit > (Integer.MAX_VALUE - i) / weight) {
          throw new IllegalArgumentException("Punycode overflow");
        }
        i += digit * weight;
        int t = threshold(k, bias);
        if (digit < t) {
          break;
        }
        if (weight > Integer.MAX_VALUE / (BASE - t)) {
          throw new IllegalArgumentException("Punycode overflow");
        }
        weight *= BASE - t;
      }
      int length = output.size() + 1;
      bias = adapt(i - oldI, length, oldI == 0);
      if (i / length > Integer.MAX_VALUE - n) {
        throw new IllegalArgumentException("Punycode overflow");
      }
      n += i / length;
      i %= length;
      if (n > Character.MAX_CODE_POINT
          || (n >= Character.MIN_SURROGATE && n <= Character.MAX_SURROGATE)) {
        throw new IllegalArgumentException("Punycode decodes to an invalid code point");
      }
      output.add(i, n);
      i++;
    }
    StringBuilder text = new StringBuilder();
    output.forEach(text::appendCodePoint);
    return text.toString();
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
