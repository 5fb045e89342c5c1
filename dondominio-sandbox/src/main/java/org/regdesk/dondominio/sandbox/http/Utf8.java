package org.regdesk.dondominio.sandbox.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: a malformed sequence is an error, never a replacement character. */
final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code length} bytes at {@code offset}; malformed input is a {@link
   * MalformedRequestException} whose message says what was being decoded.
   */
  static String decode(byte[] bytes, int offset, int length, String what) {
    boolean ascii = true;
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedRequestException("Invalid UTF-8 in " + what);
    }
  }
}
