package org.skilleval.core.rest.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The resource classes this bundle declares, read from the component descriptions the build wrote
 * (as the running {@link ApiServlet} reads them from Declarative Services), so that a test covering
 * "every resource" covers a new one without being edited.
 */
final class DeclaredResources {

    private static final Pattern IMPLEMENTATION = Pattern.compile("<implementation class=\"([^\"]+)\"");
    private static final String PROVIDES_RESOURCE = "<provide interface=\"" + ApiResource.class.getName() + "\"/>";

    private DeclaredResources() {}

    static List<Class<?>> classes() {
        try {
            Path descriptions = Path.of(ApiResource.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .resolve("OSGI-INF");
            List<Class<?>> classes = new ArrayList<>();
            try (Stream<Path> files = Files.list(descriptions)) {
                // OSGI-INF/metatype holds the configuration descriptions: only the component files count
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String xml = Files.readString(file);
                    Matcher implementation = IMPLEMENTATION.matcher(xml);
                    if (xml.contains(PROVIDES_RESOURCE) && implementation.find()) {
                        classes.add(Class.forName(implementation.group(1)));
                    }
                }
            }
            classes.sort(Comparator.comparing(Class::getName));
            if (classes.isEmpty()) {
                throw new IllegalStateException("No resource component descriptions in " + descriptions);
            }
            return List.copyOf(classes);
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read the component descriptions of the build", e);
        }
    }
}
