package org.skilleval.core.rules;

import java.text.Normalizer;

/**
 * What text the platform accepts and stores, and how much of an input a message may repeat.
 *
 * <p>Every text a client sends is normalised to Unicode NFC, so that the same name typed on two
 * keyboards is stored, compared and searched as the same characters. Text that would look different
 * from what is stored is refused: control characters (NUL included), bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C), zero-width and
 * other invisible format characters (U+200B–U+200D, U+2060, U+FEFF, U+00AD …), line and paragraph
 * separators, lone surrogates and noncharacters. Such characters let a name look like another
 * person's, reorder a certificate code on screen, or break the systems the data is passed on to.
 *
 * <p>Two kinds of text: {@link Kind#NAME_OR_CODE} (names, identifiers, codes: one line, no tab) and
 * {@link Kind#LONG_TEXT} (findings, opinions, work histories: tab and newline allowed; CR LF and a
 * lone CR become LF). Letters of every script, marks, digits, punctuation (the Chinese name separator
 * {@code ·} U+00B7 included), symbols, spaces and private-use characters (some rare Chinese name
 * characters live there) are accepted in both.
 */
public final class TextRules {

    /** How many characters of an input a message repeats at most; see {@link #excerpt(String)}. */
    public static final int EXCERPT_LENGTH = 32;

    /** Which characters a text may hold beyond letters, digits, punctuation and spaces. */
    public enum Kind {
        /** Names, identifiers, codes: a single line, no tab. */
        NAME_OR_CODE,
        /** Free text over several lines: tab and newline allowed. */
        LONG_TEXT
    }

    private TextRules() {}

    /**
     * Checks a text and returns it as it is stored: NFC, and for {@link Kind#LONG_TEXT} with LF line
     * ends. Surrounding white space is kept: trimming is the caller's decision.
     *
     * @param raw   the input; {@code null} is returned as {@code null} (whether it is required is the
     *              caller's rule)
     * @param kind  which characters the text may hold
     * @param field the input's name, carried by any refusal
     * @return the normalised text
     * @throws RuleViolationException with rule {@code unsafe-character}, naming the position (counted
     *                                in characters from 1) and the code point of the first refused
     *                                character, never repeating the input
     */
    public static String clean(String raw, Kind kind, String field) {
        if (raw == null) {
            return null;
        }
        String text = kind == Kind.LONG_TEXT ? unixLineEnds(raw) : raw;
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            position++;
            Refusal refusal = refusal(codePoint, kind);
            if (refusal != null) {
                String hex = String.format("U+%04X", codePoint);
                throw new RuleViolationException(
                        field,
                        "unsafe-character",
                        "第" + position + "个字符（" + hex + "）是" + refusal.zh + "，不能出现在"
                                + (kind == Kind.LONG_TEXT ? "文字中" : "名称、代码或编号中"),
                        "character " + position + " (" + hex + ") is " + refusal.en + ", which is not allowed in "
                                + (kind == Kind.LONG_TEXT ? "text" : "a name, code or identifier"));
            }
            i += Character.charCount(codePoint);
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The text without the characters {@link #clean} refuses in a name, NFC: for names the platform
     * is handed rather than typed, such as the file name of an upload, which the client's system
     * chose and which is better kept readable than refused.
     *
     * @param raw the input; {@code null} gives an empty string
     * @return the text with every refused character removed, normalised to NFC
     */
    public static String withoutUnsafe(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(codePoint -> refusal(codePoint, Kind.NAME_OR_CODE) == null)
                .forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /**
     * Whether {@link #clean} would accept the text.
     *
     * @param raw  the input; {@code null} is acceptable
     * @param kind which characters the text may hold
     * @return {@code true} iff no character is refused
     */
    public static boolean isSafe(String raw, Kind kind) {
        if (raw == null) {
            return true;
        }
        String text = kind == Kind.LONG_TEXT ? unixLineEnds(raw) : raw;
        return text.codePoints().allMatch(codePoint -> refusal(codePoint, kind) == null);
    }

    /**
     * The part of an input a message may repeat: at most {@link #EXCERPT_LENGTH} characters, each
     * character {@link #clean} refuses (tab and newline included) replaced by U+FFFD, and {@code …}
     * when the input was longer. A message never repeats a whole input: an attacker's megabyte must
     * not come back as a megabyte, nor an invisible character as something a person reads.
     *
     * @param raw the input; {@code null} gives an empty string
     * @return the excerpt, never longer than {@link #EXCERPT_LENGTH} + 1 characters
     */
    public static String excerpt(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        int taken = 0;
        for (int i = 0; i < raw.length() && taken < EXCERPT_LENGTH; taken++) {
            int codePoint = raw.codePointAt(i);
            if (refusal(codePoint, Kind.NAME_OR_CODE) == null) {
                kept.appendCodePoint(codePoint);
            } else {
                kept.append('\uFFFD');
            }
            i += Character.charCount(codePoint);
        }
        if (raw.codePointCount(0, raw.length()) > EXCERPT_LENGTH) {
            kept.append('…');
        }
        return kept.toString();
    }

    private record Refusal(String zh, String en) {}

    private static final Refusal CONTROL = new Refusal("控制字符", "a control character");
    private static final Refusal BIDI = new Refusal("文字方向控制符", "a bidirectional control character");
    private static final Refusal INVISIBLE = new Refusal("零宽或不可见的格式字符", "a zero-width or invisible format character");
    private static final Refusal SEPARATOR = new Refusal("行或段落分隔符", "a line or paragraph separator");
    private static final Refusal LONE_SURROGATE = new Refusal("不成对的代理码元", "a lone surrogate");
    private static final Refusal NONCHARACTER = new Refusal("保留不用的非字符码位", "a Unicode noncharacter");

    private static Refusal refusal(int codePoint, Kind kind) {
        if (kind == Kind.LONG_TEXT && (codePoint == '\t' || codePoint == '\n')) {
            return null;
        }
        if (isBidiControl(codePoint)) {
            return BIDI;
        }
        if (isInvisibleLetterOrMark(codePoint)) {
            return INVISIBLE;
        }
        if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
            return NONCHARACTER;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL -> CONTROL;
            case Character.FORMAT -> INVISIBLE;
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> SEPARATOR;
            case Character.SURROGATE -> LONE_SURROGATE;
            default -> null;
        };
    }

    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E
                || codePoint == 0x200F
                || codePoint == 0x061C;
    }

    /**
     * Characters Unicode files as letters or marks that nevertheless show nothing, so a name made of
     * them looks empty or like another: combining grapheme joiner, Hangul fillers, Khmer inherent
     * vowels, the Mongolian vowel separator, the Braille blank.
     */
    private static boolean isInvisibleLetterOrMark(int codePoint) {
        return switch (codePoint) {
            case 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x2800, 0x3164, 0xFFA0 -> true;
            default -> false;
        };
    }

    private static String unixLineEnds(String raw) {
        return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
    }
}
