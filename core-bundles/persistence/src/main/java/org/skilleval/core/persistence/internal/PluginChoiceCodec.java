package org.skilleval.core.persistence.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.skilleval.core.domain.PluginChoice;

/**
 * Stores a plan's plugin choices as one properties text: {@code <prefix>.id}, {@code <prefix>.pinned}
 * and {@code <prefix>.config.<key>}, with {@code method.<n>} or {@code scheme} as prefix. A
 * plugin's configuration is an open set of keys, which a column per key could not hold.
 */
final class PluginChoiceCodec {

    private PluginChoiceCodec() {}

    static String encode(List<PluginChoice> choices, String prefix) {
        Properties properties = new Properties();
        for (int i = 0; i < choices.size(); i++) {
            put(properties, prefix + "." + i, choices.get(i));
        }
        return write(properties);
    }

    static String encode(PluginChoice choice, String prefix) {
        Properties properties = new Properties();
        if (choice != null) {
            put(properties, prefix, choice);
        }
        return write(properties);
    }

    static List<PluginChoice> decodeList(String text, String prefix) {
        Properties properties = read(text);
        List<PluginChoice> choices = new ArrayList<>();
        for (int i = 0; properties.containsKey(prefix + "." + i + ".id"); i++) {
            choices.add(get(properties, prefix + "." + i));
        }
        return choices;
    }

    static PluginChoice decode(String text, String prefix) {
        Properties properties = read(text);
        return properties.containsKey(prefix + ".id") ? get(properties, prefix) : null;
    }

    private static void put(Properties properties, String prefix, PluginChoice choice) {
        properties.setProperty(prefix + ".id", choice.pluginId());
        properties.setProperty(prefix + ".pinned", choice.pinnedVersion());
        choice.configuration().forEach((key, value) -> properties.setProperty(prefix + ".config." + key, value));
    }

    private static PluginChoice get(Properties properties, String prefix) {
        Map<String, String> configuration = new TreeMap<>();
        String configPrefix = prefix + ".config.";
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(configPrefix)) {
                configuration.put(key.substring(configPrefix.length()), properties.getProperty(key));
            }
        }
        return new PluginChoice(
                properties.getProperty(prefix + ".id"), configuration, properties.getProperty(prefix + ".pinned", ""));
    }

    private static String write(Properties properties) {
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Drop the time stamp Properties writes first, so equal choices store equal text.
        return out.toString()
                .lines()
                .filter(line -> !line.startsWith("#"))
                .sorted()
                .reduce("", (a, b) -> a + b + "\n");
    }

    private static Properties read(String text) {
        Properties properties = new Properties();
        if (text != null) {
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
