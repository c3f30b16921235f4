package io.rasd.core.numbers;

/**
 * A number expression found in text.
 *
 * @param start offset of the first char (after any proclitic such as و or بـ)
 * @param end offset after the last char
 * @param text the matched text, {@code text.equals(source.substring(start, end))}
 * @param value the number; null for a vague quantity (عشرات) and for non-quantities (times, dates, phones)
 * @param kind what the expression is
 * @param form how it is written
 * @param lowerBound for a vague quantity, the least value the phrase implies (عشرات: 30), else null
 * @param ambiguousSeparator true when a single "." before exactly three digits was read as a thousands separator
 */
public record NumberMatch(
    int start, int end, String text, Double value, Kind kind, Form form, Double lowerBound,
    boolean ambiguousSeparator) {

  public enum Kind {
    /** a cardinal quantity */
    NUMBER,
    /** عدد من, عشرات, آلاف ... */
    VAGUE,
    /** a number followed by % or في المائة */
    PERCENT,
    /** 10:30 */
    TIME,
    /** 14/12/2021, 2021-12-14 */
    DATE,
    /** telephone numbers */
    PHONE
  }

  public enum Form { DIGITS, WORDS, MIXED }

  public boolean isQuantity() {
    return kind == Kind.NUMBER || kind == Kind.VAGUE;
  }
}
