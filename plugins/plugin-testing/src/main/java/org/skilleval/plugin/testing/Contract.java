package org.skilleval.plugin.testing;

import java.util.List;
import java.util.stream.Collectors;
import org.skilleval.plugin.api.dto.Violation;

/** The plugin contract as the platform enforces it, failing a test where the platform would refuse. */
final class Contract {

    private Contract() {}

    static void require(boolean kept, String pluginId, String broken) {
        if (!kept) {
            throw new AssertionError("The platform would refuse plugin " + pluginId + " (plugin-failed): " + broken);
        }
    }

    static void prefixed(String prefix, List<Violation> found, List<Violation> into) {
        found.forEach(v -> into.add(new Violation(prefix + v.field(), v.rule(), v.message())));
    }

    static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() + " (" + v.rule() + "): " + v.message().en())
                .collect(Collectors.joining("; "));
    }
}
