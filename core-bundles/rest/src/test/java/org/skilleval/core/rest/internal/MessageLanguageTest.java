package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese text is Chinese throughout and English text English throughout, in every message the
 * platform's code writes (core, plugin API, shipped plugins). The test reads every string literal of
 * the main sources:
 *
 * <ul>
 *   <li>a literal with Chinese characters may contain Latin letters only as codes a reader types or
 *       reads back: acronyms (JSON, PDF, T), identifiers (camelCase field names, kebab-case plugin
 *       ids, dotted paths), numbers and units; an English word in it fails the test;
 *   <li>a literal with English sentence words must not contain Chinese characters;
 *   <li>a Chinese literal must not be followed by the raw name of a state ({@code + x.status()}), a
 *       list of states ({@code + List.of(...)}) or a Java type ({@code getSimpleName()}).
 * </ul>
 *
 * Annotation texts and metatype definitions (operator documentation of configuration and shell
 * commands) are not messages and are skipped, as are log statements, which are written in English
 * for operators.
 */
class MessageLanguageTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");
    private static final Pattern LATIN_TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-/@'+]*");
    private static final Pattern RAW_STATE = Pattern.compile(
            "\"[^\"\\n]*[\\u3400-\\u9fff][^\"\\n]*\"\\s*\\+\\s*(?:[\\w.]+\\.status\\(\\)|List\\.of\\(|[\\w.()]*getSimpleName\\(\\))");
    /** English words that never stand alone as a code. */
    private static final Set<String> ENGLISH = Set.of(
            "the", "a", "an", "of", "is", "are", "must", "be", "not", "and", "or", "to", "for", "with", "has", "have",
            "was", "this", "that", "it", "in", "on", "by", "no", "as", "from", "at", "only", "already", "can", "cannot",
            "may", "its", "their", "one", "each", "should", "been");
    /**
     * Lower-case words allowed in Chinese text, each a code the reader types: JSON values and member
     * names, header names, file extensions.
     */
    private static final Set<String> CODES = Set.of(
            "true",
            "false",
            "off",
            "work",
            "start",
            "errors",
            "png",
            "pdf",
            "jpg",
            "Bearer",
            "Authorization",
            "null",
            "median",
            "unanimous");

    @Test
    void messagesAreChineseInChineseAndEnglishInEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        Path root = Path.of("../..");
        List<Path> sources;
        try (Stream<Path> walk = Stream.of("core-bundles", "plugin-api", "plugins")
                .map(root::resolve)
                .flatMap(MessageLanguageTest::walk)) {
            sources = walk.filter(MessageLanguageTest::isMainSource).toList();
        }
        assertTrue(sources.size() > 100, "found " + sources.size() + " sources");
        for (Path source : sources) {
            String text = Files.readString(source);
            boolean[] skipped = skippedRegions(text);
            Matcher literal = LITERAL.matcher(text);
            while (literal.find()) {
                if (skipped[literal.start()]) {
                    continue;
                }
                String content = literal.group(1);
                String where = root.relativize(source) + ":" + line(text, literal.start()) + ": \"" + content + "\"";
                boolean chinese = CJK.matcher(content).find();
                List<String> words = words(content);
                if (chinese) {
                    words.stream()
                            .filter(word -> !isCode(word))
                            .findFirst()
                            .ifPresent(word -> problems.add(where + " has the English word \"" + word + "\""));
                } else if (words.stream()
                                        .filter(w -> ENGLISH.contains(w.toLowerCase()))
                                        .count()
                                >= 2
                        && CJK.matcher(content).find()) {
                    problems.add(where + " mixes Chinese into English");
                }
            }
            Matcher raw = RAW_STATE.matcher(text);
            while (raw.find()) {
                if (!skipped[raw.start()]) {
                    problems.add(root.relativize(source) + ":" + line(text, raw.start()) + ": " + raw.group()
                            + " puts a code name into Chinese text");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> words(String content) {
        List<String> words = new ArrayList<>();
        Matcher token = LATIN_TOKEN.matcher(content.replaceAll("\\\\[nt\"\\\\]|\\\\u[0-9A-Fa-f]{4}", " "));
        while (token.find()) {
            words.add(token.group());
        }
        return words;
    }

    private static boolean isCode(String word) {
        return word.matches("[A-Z0-9][A-Z0-9+\\-]{0,7}") // JSON, PDF, T, HTTP, JAX-RS
                || word.matches(".*[0-9].*") // G42, yyyy-MM-dd with digits
                || word.matches("[a-z]+[A-Z][A-Za-z0-9]*") // a field name: objectType
                || word.matches(".*[\\-_./@].*") // a plugin id, a path, a file name, an address
                || word.matches("[A-Z][A-Z_]+") // an enumeration value the client sends: KEPT
                || word.matches("[A-Za-z]") // a character named: 小写 x
                || word.matches("U\\+[0-9A-F]+")
                || word.matches("Ki?B|Mi?B")
                || CODES.contains(word);
    }

    /** Annotation arguments and log statements: operator documentation, not messages. */
    private static boolean[] skippedRegions(String text) {
        boolean[] skipped = new boolean[text.length() + 1];
        Matcher start = Pattern.compile("@[A-Z]\\w*\\s*\\(|\\bLOG\\.\\w+\\s*\\(|\\blog\\.\\w+\\s*\\(")
                .matcher(text);
        while (start.find()) {
            int end = closingParenthesis(text, start.end() - 1);
            for (int i = start.start(); i <= end && i < skipped.length; i++) {
                skipped[i] = true;
            }
        }
        return skipped;
    }

    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isMainSource(Path path) {
        String text = path.toString().replace('\\', '/');
        // Metatype definitions (*Configuration) document a setting for operators in one text that
        // must serve both languages; they are not messages.
        return text.endsWith(".java")
                && text.contains("/src/main/")
                && !text.contains("/target/")
                && !text.endsWith("Configuration.java");
    }
}
