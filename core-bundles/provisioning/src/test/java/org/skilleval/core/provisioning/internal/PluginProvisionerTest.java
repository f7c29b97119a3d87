package org.skilleval.core.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.domain.PluginUploadRecord.Status;
import org.skilleval.core.persistence.PluginProvision;
import org.skilleval.core.persistence.PluginProvision.Kind;
import org.skilleval.core.persistence.PluginProvisionStore;
import org.skilleval.core.persistence.PluginUploadStore;

/** Two nodes over one desired state, each pass run by hand: changes travel once, and never back. */
class PluginProvisionerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String VETO = "skilleval-plugin-veto";

    private final SharedDatabase database = new SharedDatabase();
    private final PluginUploadStore uploads = mock(PluginUploadStore.class);
    private final FakeNode a = new FakeNode();
    private final FakeNode b = new FakeNode();
    private final PluginProvisioner onA = new PluginProvisioner(database, uploads, a, "node-a", CLOCK);
    private final PluginProvisioner onB = new PluginProvisioner(database, uploads, b, "node-b", CLOCK);

    @Test
    void aFeatureInstalledOnOneNodeReachesTheOtherAndNothingIsRecordedTwice() throws Exception {
        startBoth();

        a.install(feature(VETO));
        onA.pass();
        onB.pass();
        onA.pass();
        onB.pass();

        assertTrue(b.has(PluginProvision.key(Kind.FEATURE, VETO, "0.1.0")));
        assertEquals(List.of("node-a FEATURE:" + VETO + "/0.1.0 present"), database.writes);
        assertEquals(1, b.applied.size(), "applied once: " + b.applied);
        assertEquals(List.of(), a.applied);
    }

    @Test
    void aConfigurationChangedOnTheOtherNodeLaterWinsAndDoesNotBounceBack() throws Exception {
        PluginProvision passLine60 = passLine("60");
        PluginProvision passLine75 = passLine("75");
        a.install(passLine60);
        b.install(passLine60);
        startBoth();

        b.install(passLine75);
        onB.pass();
        onA.pass();
        onA.pass();
        onB.pass();

        assertTrue(a.hasContent(passLine75));
        assertEquals(List.of("node-b CONFIGURATION:org.skilleval.plugin.weighted-sum present"), database.writes);
    }

    @Test
    void aConfigurationWrittenInAnotherSpellingIsAppliedOnceNotAtEveryPass() throws Exception {
        startBoth();
        // Felix's format, as a person (or another release) might write it: unsorted, other line ends
        database.record(configuration("strict=B\"true\"\r\npassLine=\"75\"\r\n"), new AuditActor("node-c", "node"));

        onB.pass();
        onB.pass();
        onB.pass();

        assertEquals(1, b.applied.size(), "applied once: " + b.applied);
        assertTrue(b.items
                .get("CONFIGURATION:org.skilleval.plugin.weighted-sum")
                .content()
                .startsWith("passLine"));
    }

    @Test
    void aNodeThatWasDownCatchesUpWithoutUndoingTheOthers() throws Exception {
        a.install(feature(VETO));
        b.install(feature(VETO));
        startBoth();

        // B is stopped; on A the veto goes and the weighted sum's pass line changes
        a.remove(PluginProvision.key(Kind.FEATURE, VETO, "0.1.0"));
        a.install(passLine("75"));
        onA.pass();
        PluginProvisioner restartedB = new PluginProvisioner(database, uploads, b, "node-b", CLOCK);
        restartedB.pass();
        restartedB.pass();

        assertTrue(!b.has(PluginProvision.key(Kind.FEATURE, VETO, "0.1.0")));
        assertTrue(b.hasContent(passLine("75")));
        assertTrue(database.writes.stream().noneMatch(w -> w.startsWith("node-b")), database.writes.toString());
    }

    @Test
    void aFailedInstallIsAuditedOnceAndRetriedUntilItWorks() throws Exception {
        startBoth();
        a.install(feature(VETO));
        onA.pass();
        b.failing = true;

        onB.pass();
        onB.pass();
        b.failing = false;
        onB.pass();

        assertTrue(b.has(PluginProvision.key(Kind.FEATURE, VETO, "0.1.0")));
        assertEquals(List.of("node-b node-failed", "node-b node-installed"), database.applied);
    }

    @Test
    void anApprovedUploadIsInstalledFromItsBytesOnEveryOtherNode() throws Exception {
        byte[] jar = {1, 2, 3};
        when(uploads.jar(7)).thenReturn(Optional.of(jar));
        database.uploads.add(upload(Status.INSTALLED));
        startBoth();

        onB.pass();

        assertEquals(Set.of("skilleval-upload:91320100MA1NJ0001M/7"), b.uploads.keySet());
        assertEquals(jar, b.uploads.get("skilleval-upload:91320100MA1NJ0001M/7"));

        database.uploads.set(0, upload(Status.REMOVED));
        onB.pass();
        assertEquals(Set.of(), b.uploads.keySet());
    }

    private void startBoth() throws Exception {
        onA.pass();
        onB.pass();
        database.writes.clear();
    }

    private static PluginProvision feature(String name) {
        return new PluginProvision(0, 0, Kind.FEATURE, name, "0.1.0", true, "", "", Instant.EPOCH);
    }

    private static PluginProvision configuration(String content) {
        return new PluginProvision(
                0, 0, Kind.CONFIGURATION, "org.skilleval.plugin.weighted-sum", "", true, content, "", Instant.EPOCH);
    }

    /** The weighted sum's pass line, as a node's Config Admin has it. */
    private static PluginProvision passLine(String value) {
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put("passLine", value);
        return configuration(ConfigurationCodec.encode(properties));
    }

    private static PluginUploadRecord upload(Status status) {
        return new PluginUploadRecord(
                7,
                1,
                "91320100MA1NJ0001M",
                "3201",
                "com.example.mentoring",
                "1.0.0",
                "m.jar",
                3,
                "ab".repeat(32),
                status,
                "hr",
                NOW,
                "nanjing",
                NOW,
                "");
    }

    /** The one database both nodes share, as the JPA store behaves: recording what is desired already writes nothing. */
    private static final class SharedDatabase implements PluginProvisionStore {
        final Map<String, PluginProvision> items = new LinkedHashMap<>();
        final List<String> writes = new ArrayList<>();
        final List<String> applied = new ArrayList<>();
        final List<PluginUploadRecord> uploads = new ArrayList<>();
        long ids;

        @Override
        public List<PluginProvision> desired() {
            return List.copyOf(items.values());
        }

        @Override
        public PluginProvision record(PluginProvision wanted, AuditActor actor) {
            PluginProvision current = items.get(wanted.key());
            if (current != null && current.sameStateAs(wanted)) {
                return current;
            }
            PluginProvision stored = new PluginProvision(
                    current == null ? ++ids : current.id(),
                    0,
                    wanted.kind(),
                    wanted.name(),
                    wanted.itemVersion(),
                    wanted.present(),
                    wanted.content(),
                    actor.username(),
                    wanted.changedAt());
            items.put(stored.key(), stored);
            writes.add(actor.username() + " " + stored.key() + " " + (stored.present() ? "present" : "absent"));
            return stored;
        }

        @Override
        public void recordApplied(String objectType, long objectId, String action, String note, AuditActor node) {
            applied.add(node.username() + " " + action);
        }

        @Override
        public List<PluginUploadRecord> uploads() {
            return List.copyOf(uploads);
        }
    }

    /** A container: items by key, and uploads by location; an operator changes it with install/remove. */
    private static final class FakeNode implements Node {
        final Map<String, PluginProvision> items = new LinkedHashMap<>();
        final Map<String, byte[]> uploads = new LinkedHashMap<>();
        final List<PluginProvision> applied = new ArrayList<>();
        boolean failing;

        void install(PluginProvision item) {
            items.put(item.key(), item);
        }

        void remove(String key) {
            items.remove(key);
        }

        boolean has(String key) {
            return items.containsKey(key);
        }

        boolean hasContent(PluginProvision item) {
            return items.containsKey(item.key())
                    && items.get(item.key()).content().equals(item.content());
        }

        @Override
        public NodeState snapshot() {
            Set<String> locations = new TreeSet<>();
            items.values().stream()
                    .filter(item -> item.kind() == Kind.BUNDLE)
                    .forEach(item -> locations.add(item.name()));
            return new NodeState(items, locations, uploads.keySet());
        }

        @Override
        public void apply(PluginProvision item) throws Exception {
            if (failing) {
                throw new IllegalStateException("the repository does not have it");
            }
            applied.add(item);
            if (item.present()) {
                items.put(item.key(), item);
            } else {
                items.remove(item.key());
            }
        }

        @Override
        public void installUpload(String location, byte[] jar) {
            uploads.put(location, jar);
        }

        @Override
        public void uninstall(String location) {
            uploads.remove(location);
        }
    }
}
