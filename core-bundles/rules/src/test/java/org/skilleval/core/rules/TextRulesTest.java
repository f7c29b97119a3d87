package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextRulesTest {

    record Case(int line, TextRules.Kind kind, boolean accept, int position, String input, String stored) {
        @Override
        public String toString() {
            return "corpus line " + line;
        }
    }

    static Stream<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                TextRulesTest.class.getResourceAsStream("text-corpus.txt"), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", -1);
                TextRules.Kind kind = parts[0].equals("long") ? TextRules.Kind.LONG_TEXT : TextRules.Kind.NAME_OR_CODE;
                boolean accept = parts[1].equals("accept");
                int position = accept ? 0 : Integer.parseInt(parts[1].substring("refuse:".length()));
                String input = unescape(parts[2]);
                String stored = parts.length > 3 ? unescape(parts[3]) : input;
                cases.add(new Case(number, kind, accept, position, input, stored));
            }
        }
        return cases.stream();
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = escaped.charAt(++i);
            switch (next) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusCaseIsAcceptedOrRefusedAtItsPosition(Case c) {
        if (c.accept()) {
            assertEquals(c.stored(), TextRules.clean(c.input(), c.kind(), "name"));
            assertTrue(TextRules.isSafe(c.input(), c.kind()));
        } else {
            RuleViolationException refused =
                    assertThrows(RuleViolationException.class, () -> TextRules.clean(c.input(), c.kind(), "form.name"));
            assertEquals("form.name", refused.field());
            assertEquals("unsafe-character", refused.rule());
            assertTrue(refused.messageEn().startsWith("character " + c.position() + " ("), refused.messageEn());
            assertTrue(refused.messageZh().startsWith("第" + c.position() + "个字符（U+"), refused.messageZh());
            assertFalse(TextRules.isSafe(c.input(), c.kind()));
        }
    }

    @Test
    void aRefusalNamesTheCodePointButNeverRepeatsTheInput() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> TextRules.clean("秘密\u202Etxt.exe", TextRules.Kind.NAME_OR_CODE, "fileName"));
        assertTrue(refused.messageEn().contains("U+202E"), refused.messageEn());
        assertFalse(refused.messageEn().contains("秘密"));
        assertFalse(refused.messageZh().contains("秘密"));
        assertFalse(refused.messageZh().matches(".*[A-Za-z]{3,}.*"), refused.messageZh());
    }

    @Test
    void nullIsLeftToTheCallersRequiredRule() {
        assertNull(TextRules.clean(null, TextRules.Kind.NAME_OR_CODE, "name"));
        assertTrue(TextRules.isSafe(null, TextRules.Kind.LONG_TEXT));
    }

    @Test
    void anExcerptIsShortAndShowsNothingInvisible() {
        String huge = "1e" + "9".repeat(1_000_000);
        String excerpt = TextRules.excerpt(huge);
        assertEquals(TextRules.EXCERPT_LENGTH + 1, excerpt.length());
        assertTrue(excerpt.endsWith("…"));
        assertEquals("a\uFFFDb\uFFFD", TextRules.excerpt("a\u202Eb\n"));
        assertEquals("𠮷".repeat(TextRules.EXCERPT_LENGTH) + "…", TextRules.excerpt("𠮷".repeat(40)));
        assertEquals("", TextRules.excerpt(null));
        assertEquals("短", TextRules.excerpt("短"));
    }

    @Test
    void withoutUnsafeKeepsEverythingReadableAndDropsTheRest() {
        assertEquals("gpj.exe", TextRules.withoutUnsafe("\u202Egpj.exe"));
        assertEquals("证件照.png", TextRules.withoutUnsafe("证\u200B件照\u0000.png"));
        assertEquals("Jos\u00E9.pdf", TextRules.withoutUnsafe("Jose\u0301.pdf"));
        assertEquals("", TextRules.withoutUnsafe(null));
    }
}
