package org.skilleval.core.provisioning.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import java.util.TreeSet;
import org.apache.felix.cm.file.ConfigurationHandler;

/**
 * A plugin configuration as text for the database, in Felix Config Admin's own typed format (the
 * {@code .config} format: {@code passLine=I"75"}), so that a value keeps its type from one node to
 * the next. One property a line, sorted by key, without the properties Config Admin and file install
 * add on each node: the same configuration is the same text on every node.
 */
final class ConfigurationCodec {

    /** Properties that say where a configuration lives on one node, not what it is. */
    private static final Set<String> NODE_LOCAL =
            Set.of("service.pid", "service.factoryPid", "service.bundleLocation", "felix.fileinstall.filename");

    private ConfigurationCodec() {}

    static String encode(Dictionary<String, ?> properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : Collections.list(properties.keys())) {
            if (!NODE_LOCAL.contains(key) && !key.startsWith(":org.apache.felix.configadmin")) {
                keys.add(key);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (String key : keys) {
                Hashtable<String, Object> one = new Hashtable<>();
                one.put(key, properties.get(key));
                ConfigurationHandler.write(out, one);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a configuration could not be written as text", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Dictionary<String, Object> decode(String content) {
        try {
            return ConfigurationHandler.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a configuration in Felix's typed format: " + e.getMessage(), e);
        }
    }
}
