package io.rasd.core.input;

import io.rasd.core.ResourceLines;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the legacy encoding of bytes that are not valid UTF-8.
 *
 * <p>ICU's {@link CharsetDetector} ranks candidates by byte n-grams, but on short Arabic texts windows-1256 and
 * ISO-8859-6 can both decode "cleanly", so each Arabic candidate (from {@code input/legacy-charsets.txt}) is also
 * checked by what it produces: it must decode with no unmappable byte and give mostly Arabic letters. The wrong one of
 * the two yields undefined bytes or Latin letters (windows-1256 maps some bytes to French accented letters).
 * Non-Arabic legacy text (e.g. Latin-1) is accepted only on ICU's own high confidence.
 */
final class LegacyCharsetDetector {

  /** Share of letters that must be Arabic for an Arabic charset to be believed. */
  static final double MIN_ARABIC_SHARE = 0.6;

  /** ICU confidence (0..100) needed to accept a non-Arabic legacy charset on ICU's word alone. */
  static final int MIN_ICU_CONFIDENCE = 50;

  /** Share of whitespace a long decoded text must have to count as prose. */
  static final double MIN_SPACE_SHARE = 0.05;

  /** ICU only needs the start of a long text to decide. */
  private static final int ICU_SAMPLE = 16 * 1024;

  private static final List<Charset> ARABIC_CANDIDATES = loadCandidates("/input/legacy-charsets.txt");

  /** A successful detection. */
  record Detected(String text, String charset) {}

  private LegacyCharsetDetector() {}

  /** Returns the decoded text and charset, or null when no legacy encoding is recognisable. */
  static Detected detect(byte[] bytes, int from) {
    byte[] sample = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + ICU_SAMPLE));
    Map<String, Integer> icu = new HashMap<>();
    CharsetMatch[] matches;
    try {
      CharsetDetector detector = new CharsetDetector();
      detector.setText(sample);
      matches = detector.detectAll();
    } catch (RuntimeException e) {
      matches = new CharsetMatch[0]; // ICU is a hint, never a reason to fail
    }
    for (CharsetMatch m : matches) {
      icu.putIfAbsent(m.getName().toLowerCase(Locale.ROOT), m.getConfidence());
    }

    Detected best = null;
    double bestShare = -1;
    int bestConfidence = -1;
    for (Charset cs : ARABIC_CANDIDATES) {
      String text = decodeStrict(bytes, from, cs);
      if (text == null) {
        continue;
      }
      double share = arabicLetterShare(text);
      if (share < MIN_ARABIC_SHARE || !hasWords(text)) {
        continue;
      }
      int confidence = icu.getOrDefault(cs.name().toLowerCase(Locale.ROOT), 0);
      // Shares within 2 points are a tie: let ICU's n-gram confidence decide, then list order.
      boolean better =
          best == null
              || share > bestShare + 0.02
              || (share >= bestShare - 0.02 && confidence > bestConfidence);
      if (better) {
        best = new Detected(text, cs.name());
        bestShare = share;
        bestConfidence = confidence;
      }
    }
    if (best != null) {
      return best;
    }

    for (CharsetMatch m : matches) {
      if (m.getConfidence() < MIN_ICU_CONFIDENCE) {
        break; // detectAll is sorted by confidence
      }
      String name = m.getName();
      if (name.toUpperCase(Locale.ROOT).startsWith("UTF")) {
        continue; // Unicode forms were already tried by the caller
      }
      Charset cs;
      try {
        cs = Charset.forName(name);
      } catch (RuntimeException e) {
        continue;
      }
      String text = decodeStrict(bytes, from, cs);
      if (text != null) {
        return new Detected(text, cs.name());
      }
    }
    return null;
  }

  /**
   * Text has words: longer runs need spaces between letters. Any byte soup above 0x80 decodes to "Arabic" letters in
   * windows-1256, but real prose separates words (Arabic words average ~5 letters).
   */
  static boolean hasWords(String text) {
    int n = Math.min(text.length(), ICU_SAMPLE);
    if (n < 40) {
      return true; // too short to judge
    }
    int spaces = 0;
    int letters = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        spaces++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return spaces >= n * MIN_SPACE_SHARE && letters >= n * 0.5;
  }

  /** Arabic letters among all letters; 0 when there are no letters. */
  static double arabicLetterShare(String text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        if (block == Character.UnicodeBlock.ARABIC
            || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
            || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
            || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
          arabic++;
        }
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }

  static String decodeStrict(byte[] bytes, int from, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static List<Charset> loadCandidates(String resource) {
    List<Charset> out = new ArrayList<>();
    for (String name : ResourceLines.read(resource)) {
      if (Charset.isSupported(name)) { // a JRE without the charset just skips it
        out.add(Charset.forName(name));
      }
    }
    return List.copyOf(out);
  }
}
