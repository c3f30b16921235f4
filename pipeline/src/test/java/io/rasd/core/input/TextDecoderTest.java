package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Reject;
import io.rasd.testing.Bytes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String ARABIC =
      "أعلنت وزارة الداخلية القبض على خلية إرهابية مكونة من خمسة أشخاص في مدينة الرياض، "
          + "وضبطت بحوزتهم أسلحة وذخائر ومبالغ مالية كبيرة.";

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void plainUtf8IsDecodedAsIs() {
    TextDecoder.Result r = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), null);
    assertThat(r.ok()).isTrue();
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.charset()).isEqualTo("UTF-8");
  }

  @Test
  void utf8BomIsStripped() {
    byte[] b = concat(Bytes.of(0xEF, 0xBB, 0xBF), ARABIC.getBytes(StandardCharsets.UTF_8));
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.charset()).isEqualTo("UTF-8");
  }

  @Test
  void crlfAndLoneCrBecomeLf() {
    String in = "سطر أول\r\nسطر ثان\rسطر ثالث\r\n\r\nفقرة";
    TextDecoder.Result r = TextDecoder.decode(in.getBytes(StandardCharsets.UTF_8), null);
    assertThat(r.text()).isEqualTo("سطر أول\nسطر ثان\nسطر ثالث\n\nفقرة");
  }

  @Test
  void utf16LittleAndBigEndianWithBom() {
    byte[] le = concat(Bytes.of(0xFF, 0xFE), (ARABIC + "\r\n").getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(Bytes.of(0xFE, 0xFF), (ARABIC + "\r\n").getBytes(StandardCharsets.UTF_16BE));
    TextDecoder.Result rle = TextDecoder.decode(le, null);
    TextDecoder.Result rbe = TextDecoder.decode(be, null);
    assertThat(rle.text()).isEqualTo(ARABIC + "\n");
    assertThat(rle.charset()).isEqualTo("UTF-16LE");
    assertThat(rbe.text()).isEqualTo(ARABIC + "\n");
    assertThat(rbe.charset()).isEqualTo("UTF-16BE");
  }

  @Test
  void utf16WithoutBomIsRecognisedByNulParity() {
    String text = ARABIC + " 2015 " + ARABIC;
    TextDecoder.Result r = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), null);
    assertThat(r.ok()).isTrue();
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void windows1256IsDetected() {
    byte[] b = ARABIC.getBytes(Charset.forName("windows-1256"));
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.charset()).isEqualTo("windows-1256");
    assertThat(r.text()).isEqualTo(ARABIC);
  }

  @Test
  void shortWindows1256WithoutLettersThatIso88596LacksStillPicksWindows1256() {
    String s = "هذا نص عربي";
    byte[] b = s.getBytes(Charset.forName("windows-1256"));
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.text()).isEqualTo(s);
  }

  @Test
  void iso88596IsDetected() {
    byte[] b = ARABIC.getBytes(Charset.forName("ISO-8859-6"));
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.charset()).isEqualTo("ISO-8859-6");
    assertThat(r.text()).isEqualTo(ARABIC);
  }

  @Test
  void windows1256WithCrlfIsNormalised() {
    byte[] b = (ARABIC + "\r\n" + ARABIC).getBytes(Charset.forName("windows-1256"));
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.text()).isEqualTo(ARABIC + "\n" + ARABIC);
  }

  @Test
  void knownCharsetIsUsed() {
    byte[] b = ARABIC.getBytes(Charset.forName("windows-1256"));
    TextDecoder.Result r = TextDecoder.decode(b, "windows-1256");
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.charset()).isEqualTo("windows-1256");
  }

  @Test
  void knownCharsetThatDoesNotFitIsUndecodable() {
    byte[] b = ARABIC.getBytes(Charset.forName("windows-1256"));
    TextDecoder.Result r = TextDecoder.decode(b, "UTF-8");
    assertThat(r.rejectReason()).isEqualTo(Reject.UNDECODABLE);
    assertThat(r.rejectDetail()).contains("UTF-8").contains("byte 0");
  }

  @Test
  void unknownKnownCharsetNameFallsBackToDetection() {
    TextDecoder.Result r = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), "no-such-charset");
    assertThat(r.text()).isEqualTo(ARABIC);
  }

  @Test
  void emptyBytesAreEmpty() {
    assertThat(TextDecoder.decode(new byte[0], null).rejectReason()).isEqualTo(Reject.EMPTY);
    assertThat(TextDecoder.decode(null, null).rejectReason()).isEqualTo(Reject.EMPTY);
  }

  @Test
  void bomOnlyIsEmpty() {
    assertThat(TextDecoder.decode(Bytes.of(0xEF, 0xBB, 0xBF), null).rejectReason()).isEqualTo(Reject.EMPTY);
  }

  @Test
  void whitespaceOnlyIsNoText() {
    String ws = " \t\r\n\u00A0\u200F\n  ";
    TextDecoder.Result r = TextDecoder.decode(ws.getBytes(StandardCharsets.UTF_8), null);
    assertThat(r.ok()).isFalse();
    assertThat(r.rejectReason()).isEqualTo(Reject.NO_TEXT);
    assertThat(r.rejectDetail()).isNotBlank();
  }

  @Test
  void nulBytesAreBinary() {
    byte[] b = concat("abc".getBytes(StandardCharsets.US_ASCII), Bytes.of(0, 0x10, 0), "d".getBytes());
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.rejectReason()).isEqualTo(Reject.BINARY);
    assertThat(r.rejectDetail()).isEqualTo("2 NUL bytes in first 7");
  }

  @Test
  void randomBytesAreBinary() {
    byte[] b = new byte[8192];
    new Random(42).nextBytes(b);
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.rejectReason()).isEqualTo(Reject.BINARY);
    assertThat(r.rejectDetail()).contains("NUL bytes in first 4096");
  }

  @Test
  void randomBytesWithoutNulsAreBinaryByControlShare() {
    byte[] b = new byte[4096];
    new Random(7).nextBytes(b);
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        b[i] = 1;
      }
    }
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.rejectReason()).isEqualTo(Reject.BINARY);
    assertThat(r.rejectDetail()).contains("control bytes");
  }

  @Test
  void randomHighBytesAreNotMistakenForWindows1256() {
    byte[] b = new byte[2000];
    Random random = new Random(11);
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (0xC1 + random.nextInt(0x3E)); // all inside windows-1256's Arabic letter range
    }
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.rejectReason()).isEqualTo(Reject.UNDECODABLE);
    assertThat(r.rejectDetail()).contains("no other text encoding recognised");
  }

  @Test
  void truncatedLastCharacterIsDroppedNotRejected() {
    byte[] full = ARABIC.getBytes(StandardCharsets.UTF_8);
    // Text ends in "ة." : dropping 2 bytes removes the '.' and half of the two-byte letter before it.
    byte[] cut = Arrays.copyOf(full, full.length - 2);
    TextDecoder.Result r = TextDecoder.decode(cut, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.charset()).isEqualTo("UTF-8");
    assertThat(ARABIC).startsWith(r.text());
    assertThat(r.text()).hasSize(ARABIC.length() - 2);
  }

  @Test
  void aDamagedByteInUtf8IsReplacedAndCountedNotAReasonToDropTheText() {
    byte[] good = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] b = good.clone();
    b[17] = (byte) 0xFF;
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.charset()).isEqualTo("UTF-8");
    assertThat(r.repairs()).isEqualTo(2); // the overwritten byte and the letter it left without its second byte
    assertThat(r.text()).contains("\uFFFD\uFFFD").doesNotContain("\uFFFD\uFFFD\uFFFD");
  }

  @Test
  void aLetterCutInTheMiddleOfTheFileIsOneRepair() {
    byte[] word = "خلية".getBytes(StandardCharsets.UTF_8);
    byte[] b =
        concat(
            ARABIC.getBytes(StandardCharsets.UTF_8),
            Arrays.copyOf(word, word.length - 1), // a 2-byte letter missing its second byte
            " ".getBytes(),
            ARABIC.getBytes(StandardCharsets.UTF_8));
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.repairs()).isEqualTo(1);
    assertThat(r.text()).startsWith(ARABIC + "خلي\uFFFD ").endsWith(ARABIC);
  }

  @Test
  void latin1TextIsDecodedWithIcuConfidence() {
    String s =
        "Le ministère de l'Intérieur a annoncé l'arrestation de cinq personnes à Paris. "
            + "Les enquêteurs ont saisi des armes et des documents. Selon le communiqué, "
            + "la cellule préparait des attaques contre des lieux publics très fréquentés.";
    TextDecoder.Result r = TextDecoder.decode(s.getBytes(StandardCharsets.ISO_8859_1), null);
    assertThat(r.ok()).isTrue();
    assertThat(r.text()).isEqualTo(s);
  }

  @Test
  void c1ControlsInsideOtherwiseValidUtf8AreBinary() {
    StringBuilder sb = new StringBuilder("ab");
    for (int i = 0; i < 20; i++) {
      sb.append('\u0085').append('\u0090');
    }
    TextDecoder.Result r = TextDecoder.decode(sb.toString().getBytes(StandardCharsets.UTF_8), null);
    assertThat(r.rejectReason()).isEqualTo(Reject.BINARY);
  }

  @Test
  void halfUtf8HalfWindows1256IsDecodedLineByLineNotGarbled() {
    String second = "وأضافت الوزارة أن الأجهزة الأمنية ضبطت ثلاثة أشخاص آخرين في مدينة جدة.";
    byte[] b =
        concat(
            (ARABIC + "\n").getBytes(StandardCharsets.UTF_8),
            second.getBytes(java.nio.charset.Charset.forName("windows-1256")));
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.text()).isEqualTo(ARABIC + "\n" + second);
    assertThat(r.charset()).isEqualTo("UTF-8+windows-1256");
    assertThat(r.repairs()).isZero();
  }

  @Test
  void utf8BesideBytesOfNoKnownEncodingIsMixedEncodingNotStoredGarbled() {
    byte[] noise = new byte[200];
    for (int i = 0; i < noise.length; i++) noise[i] = (byte) (0x80 + (i * 7) % 0x40); // continuation bytes only
    byte[] b = concat((ARABIC + "\n").getBytes(StandardCharsets.UTF_8), noise);
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.rejectReason()).isEqualTo(Reject.MIXED_ENCODING);
  }

  @Test
  void aStrayNulInALongTextIsDroppedAndCountedButNulHeavyBytesAreBinary() {
    String text = (ARABIC + "\n").repeat(20);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int at = (ARABIC + "\n").getBytes(StandardCharsets.UTF_8).length; // between two lines
    byte[] b = concat(Arrays.copyOf(utf8, at), new byte[] {0}, Arrays.copyOfRange(utf8, at, utf8.length));
    TextDecoder.Result r = TextDecoder.decode(b, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.repairs()).isEqualTo(1);
    assertThat(TextDecoder.checkText("نص\u0000" + text, "UTF-8").repairs()).isEqualTo(1);
    assertThat(TextDecoder.decode("نص\u0000\u0000\u0000مع أصفار".getBytes(StandardCharsets.UTF_8), null).rejectReason())
        .isEqualTo(Reject.BINARY);
  }
}
