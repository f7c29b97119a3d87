package org.skilleval.core.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.domain.PluginUploadRecord.Status;
import org.skilleval.core.persistence.PluginProvision;
import org.skilleval.core.persistence.PluginProvision.Kind;
import org.skilleval.core.provisioning.internal.Reconciliation.Apply;
import org.skilleval.core.provisioning.internal.Reconciliation.InstallUpload;
import org.skilleval.core.provisioning.internal.Reconciliation.Plan;
import org.skilleval.core.provisioning.internal.Reconciliation.RemoveUpload;

/** The decisions of one pass: what is recorded, what is applied, what is left alone. */
class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final PluginProvision VETO = feature("skilleval-plugin-veto", true);
    private static final PluginProvision ORAL = feature("skilleval-plugin-oral-defense", true);
    private static final String EXAMPLE_LOCATION = "mvn:com.example/mentoring/1.0.0";
    private static final PluginProvision EXAMPLE_BUNDLE =
            new PluginProvision(0, 0, Kind.BUNDLE, EXAMPLE_LOCATION, "1.0.0", true, "", "", NOW);
    private static final String UPLOAD_LOCATION = "skilleval-upload:91320100MA1NJ0001M/7";

    @Test
    void theFirstNodeOfAnEmptyDatabaseRecordsThePluginsItHas() {
        NodeState node = node(VETO, ORAL);

        Plan plan = Reconciliation.plan(null, node, List.of(), List.of(), Set.of(), NOW);

        assertEquals(Set.of(VETO.key(), ORAL.key()), keys(plan.changes()));
        assertTrue(plan.changes().stream().allMatch(PluginProvision::present));
        assertEquals(List.of(), plan.actions());
    }

    @Test
    void aStartingNodeCatchesUpInsteadOfRecordingWhatItHad() {
        NodeState restarted = node(VETO, ORAL, configuration("org.skilleval.plugin.veto", "old"));
        List<PluginProvision> desired = List.of(absent(VETO), ORAL, configuration("org.skilleval.plugin.veto", "new"));

        Plan plan = Reconciliation.plan(null, restarted, desired, List.of(), Set.of(), NOW);

        assertEquals(List.of(), plan.changes());
        assertEquals(
                List.of(new Apply(absent(VETO)), new Apply(configuration("org.skilleval.plugin.veto", "new"))),
                plan.actions());
    }

    @Test
    void aStartingNodeRecordsAPluginTheDatabaseNeverHeardOf() {
        PluginProvision shippedLater = feature("skilleval-plugin-new-method", true);

        Plan plan = Reconciliation.plan(null, node(VETO, shippedLater), List.of(VETO), List.of(), Set.of(), NOW);

        assertEquals(Set.of(shippedLater.key()), keys(plan.changes()));
        assertEquals(List.of(), plan.actions());
    }

    @Test
    void anOperatorsInstallOnThisNodeIsRecordedAndNotUndone() {
        NodeState before = node(ORAL);
        NodeState after = node(ORAL, VETO);

        Plan plan = Reconciliation.plan(before, after, List.of(ORAL, absent(VETO)), List.of(), Set.of(), NOW);

        assertEquals(List.of(stamped(VETO)), plan.changes());
        assertEquals(List.of(), plan.actions(), "the older 'absent' is not applied over the operator's install");
    }

    @Test
    void anOperatorsUninstallAndConfigurationChangeAreRecorded() {
        PluginProvision passLine60 = configuration("org.skilleval.plugin.weighted-sum", "passLine=\"60\"\n");
        PluginProvision passLine75 = configuration("org.skilleval.plugin.weighted-sum", "passLine=\"75\"\n");

        Plan plan = Reconciliation.plan(
                node(ORAL, VETO, passLine60),
                node(ORAL, passLine75),
                List.of(ORAL, VETO, passLine60),
                List.of(),
                Set.of(),
                NOW);

        assertEquals(Set.of(stamped(absent(VETO)), stamped(passLine75)), Set.copyOf(plan.changes()));
        assertEquals(List.of(), plan.actions());
    }

    @Test
    void anotherNodesChangeIsAppliedAndNotRecordedHere() {
        NodeState node = node(ORAL);
        PluginProvision passLine75 = configuration("org.skilleval.plugin.weighted-sum", "passLine=\"75\"\n");
        List<PluginProvision> desired = List.of(ORAL, VETO, passLine75, EXAMPLE_BUNDLE);

        Plan plan = Reconciliation.plan(node, node, desired, List.of(), Set.of(), NOW);

        assertEquals(List.of(), plan.changes());
        assertEquals(List.of(new Apply(VETO), new Apply(passLine75), new Apply(EXAMPLE_BUNDLE)), plan.actions());
    }

    @Test
    void whatAPassAppliedIsNeitherRecordedNorAppliedAgainByTheNext() {
        NodeState node = node(ORAL);
        List<PluginProvision> desired = List.of(ORAL, VETO, absent(feature("skilleval-plugin-panel-vote", true)));
        Plan first = Reconciliation.plan(node, node, desired, List.of(), Set.of(), NOW);
        NodeState applied = node;
        for (var action : first.actions()) {
            applied = applied.with(((Apply) action).item());
        }

        Plan second = Reconciliation.plan(applied, node(ORAL, VETO), desired, List.of(), Set.of(), NOW);

        assertEquals(List.of(new Apply(VETO)), first.actions());
        assertEquals(List.of(), second.changes());
        assertEquals(List.of(), second.actions());
    }

    @Test
    void aPluginMovingFromItsOwnBundleToAFeatureLosesTheBundleFirst() {
        PluginProvision vetoBundle = new PluginProvision(
                0, 0, Kind.BUNDLE, "mvn:org.skilleval/org.skilleval.plugin.veto/0.1.0", "0.1.0", true, "", "", NOW);
        NodeState node = node(ORAL, vetoBundle);

        Plan plan = Reconciliation.plan(node, node, List.of(ORAL, VETO, absent(vetoBundle)), List.of(), Set.of(), NOW);

        assertEquals(List.of(new Apply(absent(vetoBundle)), new Apply(VETO)), plan.actions());
    }

    @Test
    void theCoreAndThePluginApiAreNeverActedOnWhateverTheDatabaseSays() {
        List<PluginProvision> desired = List.of(
                absent(feature("skilleval-core", true)),
                absent(feature("skilleval-plugin-api", true)),
                new PluginProvision(
                        0,
                        0,
                        Kind.BUNDLE,
                        "mvn:org.skilleval/org.skilleval.core.lifecycle/0.1.0",
                        "0.1.0",
                        true,
                        "",
                        "",
                        NOW),
                new PluginProvision(
                        0,
                        0,
                        Kind.BUNDLE,
                        "mvn:org.skilleval/org.skilleval.plugin.api/0.1.0",
                        "0.1.0",
                        true,
                        "",
                        "",
                        NOW),
                new PluginProvision(0, 0, Kind.BUNDLE, "file:/tmp/deploy/x.jar", "1.0.0", true, "", "", NOW),
                configuration("org.skilleval.core.pluginhost", "pluginThreads=\"1\"\n"));
        NodeState node = node(ORAL);

        Plan plan = Reconciliation.plan(node, node, desired, List.of(), Set.of(), NOW);

        assertEquals(List.of(), plan.actions());
    }

    @Test
    void aBundleAFeatureAlreadyInstalledCountsAsPresent() {
        String featureBundle = "mvn:org.skilleval/org.skilleval.plugin.veto/0.1.0";
        PluginProvision wanted = new PluginProvision(0, 0, Kind.BUNDLE, featureBundle, "0.1.0", true, "", "", NOW);
        NodeState node = new NodeState(Map.of(VETO.key(), VETO), Set.of(featureBundle), Set.of());

        assertEquals(
                List.of(),
                Reconciliation.plan(node, node, List.of(VETO, wanted), List.of(), Set.of(), NOW)
                        .actions());
    }

    @Test
    void approvedUploadsAreInstalledAndRemovedOnesUninstalledFromTheirRecords() {
        PluginUploadRecord approved = upload(7, Status.INSTALLED);
        PluginUploadRecord removalAsked = upload(8, Status.REMOVAL_PENDING);
        PluginUploadRecord removed = upload(9, Status.REMOVED);
        PluginUploadRecord rejected = upload(10, Status.REJECTED);
        PluginUploadRecord inReview = upload(11, Status.PENDING);
        NodeState node = new NodeState(Map.of(), Set.of(), Set.of(location(8), location(9), location(11)));

        Plan plan = Reconciliation.plan(
                node, node, List.of(), List.of(approved, removalAsked, removed, rejected, inReview), Set.of(), NOW);

        assertEquals(
                List.of(new InstallUpload(approved, UPLOAD_LOCATION), new RemoveUpload(removed, location(9))),
                plan.actions(),
                "a pending upload with a bundle is the review on this node installing it: left alone");
    }

    @Test
    void anApprovedUploadTakenAwayByHandOnThisNodeIsNotPutBack() {
        NodeState node = new NodeState(Map.of(), Set.of(), Set.of());

        Plan plan = Reconciliation.plan(
                node, node, List.of(), List.of(upload(7, Status.INSTALLED)), Set.of(UPLOAD_LOCATION), NOW);

        assertFalse(plan.actions().stream().anyMatch(InstallUpload.class::isInstance));
    }

    private static NodeState node(PluginProvision... items) {
        Map<String, PluginProvision> byKey = new LinkedHashMap<>();
        Stream.of(items).forEach(item -> byKey.put(item.key(), item));
        return new NodeState(
                byKey,
                Stream.of(items)
                        .filter(item -> item.kind() == Kind.BUNDLE)
                        .map(PluginProvision::name)
                        .collect(java.util.stream.Collectors.toSet()),
                Set.of());
    }

    private static PluginProvision feature(String name, boolean present) {
        return new PluginProvision(0, 0, Kind.FEATURE, name, "0.1.0", present, "", "", NOW);
    }

    private static PluginProvision absent(PluginProvision item) {
        return new PluginProvision(
                0, 0, item.kind(), item.name(), item.itemVersion(), false, "", item.changedBy(), item.changedAt());
    }

    private static PluginProvision configuration(String pid, String content) {
        return new PluginProvision(0, 0, Kind.CONFIGURATION, pid, "", true, content, "", NOW);
    }

    private static PluginProvision stamped(PluginProvision item) {
        return new PluginProvision(
                0, 0, item.kind(), item.name(), item.itemVersion(), item.present(), item.content(), "", NOW);
    }

    private static Set<String> keys(List<PluginProvision> items) {
        return items.stream().map(PluginProvision::key).collect(java.util.stream.Collectors.toSet());
    }

    private static String location(long id) {
        return "skilleval-upload:91320100MA1NJ0001M/" + id;
    }

    private static PluginUploadRecord upload(long id, Status status) {
        return new PluginUploadRecord(
                id,
                1,
                "91320100MA1NJ0001M",
                "3201",
                "com.example.mentoring",
                "1.0.0",
                "mentoring.jar",
                100,
                "ab".repeat(32),
                status,
                "hr",
                NOW,
                "nanjing",
                NOW,
                "");
    }
}
