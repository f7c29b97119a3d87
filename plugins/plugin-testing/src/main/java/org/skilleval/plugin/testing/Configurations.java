package org.skilleval.plugin.testing;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Builds a configuration annotation the way Declarative Services does from Config Admin
 * properties: each method answers the property its name maps to, or its default when unset; and
 * reads the metatype bnd generated for it. Shared by the shipped plugins' tests (test scope).
 */
public final class Configurations {

    private Configurations() {}

    /** A configuration with these properties ({@code key, value, key, value…}); others default. */
    public static <A extends Annotation> A of(Class<A> type, String... keyValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        Set<String> keys = keys(type);
        if (!keys.containsAll(properties.keySet())) {
            throw new IllegalArgumentException("Not properties of " + type.getName() + ": " + properties.keySet());
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == type) {
                return properties.getOrDefault(key(method), (String) method.getDefaultValue());
            }
            return switch (method.getName()) {
                case "annotationType" -> type;
                case "hashCode" -> properties.hashCode();
                case "equals" -> self == args[0];
                case "toString" -> type.getSimpleName() + properties;
                default -> throw new UnsupportedOperationException(method.getName());
            };
        });
        return type.cast(proxy);
    }

    /**
     * Config Admin properties ({@code key, value, key, value…}) as Declarative Services hands them
     * to a component built on {@code org.skilleval.plugin.api.PluginBase}.
     */
    public static Map<String, Object> properties(Object... keyValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put((String) keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    /** The property keys of a configuration annotation. */
    public static Set<String> keys(Class<? extends Annotation> type) {
        return Stream.of(type.getDeclaredMethods()).map(Configurations::key).collect(Collectors.toSet());
    }

    /** The DS 1.4 name mapping: {@code $_$} → {@code -}, {@code $$} → {@code $}, {@code __} → {@code _}, {@code _} → {@code .}. */
    public static String key(Method method) {
        String name = method.getName();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (name.startsWith("$_$", i)) {
                key.append('-');
                i += 2;
            } else if (name.startsWith("$$", i)) {
                key.append('$');
                i++;
            } else if (c == '$') {
                continue;
            } else if (name.startsWith("__", i)) {
                key.append('_');
                i++;
            } else if (c == '_') {
                key.append('.');
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * The metatype bnd generated for a configuration annotation: the PID it designates and each
     * attribute's id → type, as Config Admin and the web console see them.
     */
    public static Metatype metatype(Class<? extends Annotation> type) throws Exception {
        return metatype(type, "/OSGI-INF/metatype/" + type.getName() + ".xml");
    }

    /**
     * The metatype document a plugin built on {@code PluginBase} ships for its PID ({@code
     * OSGI-INF/metatype/<pid>.xml}, see {@link GeneratedFiles}).
     */
    public static Metatype metatype(String pid) throws Exception {
        return metatype(Configurations.class, "/OSGI-INF/metatype/" + pid + ".xml");
    }

    private static Metatype metatype(Class<?> loader, String resource) throws Exception {
        try (InputStream xml = loader.getResourceAsStream(resource)) {
            if (xml == null) {
                throw new IllegalStateException("No metatype at " + resource);
            }
            Document document =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
            Map<String, String> attributes = new LinkedHashMap<>();
            NodeList ads = document.getElementsByTagName("AD");
            for (int i = 0; i < ads.getLength(); i++) {
                Element ad = (Element) ads.item(i);
                attributes.put(ad.getAttribute("id"), ad.getAttribute("type"));
            }
            Element designate =
                    (Element) document.getElementsByTagName("Designate").item(0);
            return new Metatype(designate.getAttribute("pid"), attributes);
        }
    }

    /** A generated metatype: the designated PID and attribute id → type. */
    public record Metatype(String pid, Map<String, String> attributes) {}
}
