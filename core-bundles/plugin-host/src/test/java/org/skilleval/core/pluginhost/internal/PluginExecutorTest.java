package org.skilleval.core.pluginhost.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.pluginhost.PinnedPlugin;
import org.skilleval.core.pluginhost.PluginComputation;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.weightedsum.WeightedSumScheme;

/**
 * Plugins that hang, throw, flood their queue or answer out of range, next to well-behaved ones:
 * each misbehaving call becomes a refusal naming the plugin, and everything else keeps working.
 */
class PluginExecutorTest {

    private static final long TIMEOUT = 200;
    private static final PluginChoice ORAL = new PluginChoice("oral-defense", Map.of("minExperts", "3"), "1.0.0");
    private static final PluginChoice WEIGHTED =
            new PluginChoice("weighted-sum", Map.of("weight.oral-defense", "100", "passLine", "60"), "1.0.0");
    private static final List<SheetInput> SHEETS = List.of("e1", "e2", "e3").stream()
            .map(e -> new SheetInput(
                    "oral-defense",
                    e,
                    Map.of(
                            "professional-knowledge", new BigDecimal("25"),
                            "problem-solving", new BigDecimal("25"),
                            "innovation", new BigDecimal("15"),
                            "expression", new BigDecimal("15")),
                    ""))
            .toList();

    private static final List<ScoreSheet> ORAL_SHEETS = SHEETS.stream()
            .map(sheet -> new ScoreSheet(sheet.expertId(), sheet.points(), sheet.comment()))
            .toList();

    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final PluginExecutor executor = new PluginExecutor(registry, TIMEOUT, 2);
    private final GuardedPluginCalls runs = new GuardedPluginCalls(registry, executor);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newFixedThreadPool(8);

    @AfterEach
    void releaseEveryStuckThread() {
        release.countDown();
        callers.shutdownNow();
        executor.deactivate();
    }

    @Test
    void aHangingPluginTimesOutNamingItselfAndTheOthersKeepWorking() {
        AssessmentMethod hanging = new Misbehaving("slow-review") {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                ignoreInterrupts();
                return null;
            }
        };
        install(hanging, "1.0.0");
        install(new OralDefenseMethod(Map.of()), "1.0.0");
        install(new WeightedSumScheme(Map.of()), "1.0.0");
        PluginChoice slow = new PluginChoice("slow-review", Map.of(), "1.0.0");

        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> runs.compute(List.of(slow), WEIGHTED, List.of(sheet("slow-review", "e1"))));

        assertInstanceOf(PluginFault.Timeout.class, refused);
        assertEquals("plugin-timeout", refused.rule());
        assertEquals("methods.slow-review", refused.field());
        assertTrue(refused.messageEn().contains("slow-review"), refused.messageEn());
        assertTrue(refused.messageEn().contains("1.0.0"), refused.messageEn());
        assertTrue(refused.messageEn().contains(TIMEOUT + " ms"), refused.messageEn());
        // Its thread still runs: the message must not claim the plugin was stopped.
        assertFalse(refused.messageEn().contains("was stopped"), refused.messageEn());
        assertTrue(refused.messageEn().contains("may still be running"), refused.messageEn());
        assertFalse(refused.messageZh().contains("已中止"), refused.messageZh());
        assertTrue(refused.messageZh().contains("可能仍在运行"), refused.messageZh());
        // The well-behaved plugins answer at once, while the hanging one still holds its thread.
        PluginComputation fine = runs.compute(List.of(ORAL), WEIGHTED, SHEETS);
        assertEquals(0, new BigDecimal("80").compareTo(fine.total()));
    }

    @Test
    void aPluginWhoseThreadsAllStayStuckGetsFreshThreadsAndThenIsRefusedAtOnceAsStuck() throws Exception {
        AssessmentMethod hanging = new Misbehaving("slow-review") {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                ignoreInterrupts();
                return null;
            }
        };
        install(hanging, "1.0.0");
        PluginChoice slow = new PluginChoice("slow-review", Map.of(), "1.0.0");
        PinnedPlugin<AssessmentMethod> pinned = runs.method(slow);

        // Far more calls than threads and queue places: each finishes with a refusal, none waits for ever.
        List<Future<String>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            calls.add(callers.submit(() -> {
                try {
                    runs.call(pinned, "methods.slow-review", () -> pinned.plugin()
                            .evaluate(List.of(), pinned.parameters()));
                    return "answered";
                } catch (RuleViolationException refused) {
                    return refused.rule();
                }
            }));
        }
        for (Future<String> call : calls) {
            String rule = call.get(30, TimeUnit.SECONDS);
            // Stuck, too, once the flood has used up the fresh pools the plugin may have.
            assertTrue(
                    rule.equals("plugin-timeout") || rule.equals("plugin-busy") || rule.equals("plugin-stuck"), rule);
        }
        useUpFreshPools(pinned);
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> runs.call(
                        pinned, "methods.slow-review", () -> pinned.plugin().evaluate(List.of(), pinned.parameters())));
        // Not busy: waiting will not help, so the refusal says so and tells the operator what to do.
        assertInstanceOf(PluginFault.Stuck.class, refused);
        assertEquals("plugin-stuck", refused.rule());
        assertTrue(refused.messageEn().contains("bundle:restart"), refused.messageEn());
        assertTrue(refused.messageEn().contains("retrying will not help"), refused.messageEn());
        assertTrue(refused.messageZh().contains("重启或更新"), refused.messageZh());
    }

    @Test
    void aStuckPluginAnswersAgainOnceItsBundleRegistersItAnew() throws Exception {
        AssessmentMethod hanging = new Misbehaving("oral-defense") {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                ignoreInterrupts();
                return null;
            }
        };
        install(hanging, "1.0.0", 41);
        install(new WeightedSumScheme(Map.of()), "1.0.0");
        useUpFreshPools(runs.method(ORAL));
        assertEquals(
                "plugin-stuck",
                assertThrows(RuleViolationException.class, () -> runs.compute(List.of(ORAL), WEIGHTED, SHEETS))
                        .rule());

        // The operator restarts the bundle: the same version comes back under a new service id.
        install(new OralDefenseMethod(Map.of()), "1.0.0", 42);

        // Never stuck again; a loaded machine may still make a first call miss the short timeout.
        PluginComputation answered = null;
        for (int attempt = 0; attempt < 5 && answered == null; attempt++) {
            try {
                answered = runs.compute(List.of(ORAL), WEIGHTED, SHEETS);
            } catch (RuleViolationException refused) {
                assertEquals("plugin-timeout", refused.rule());
            }
        }
        assertNotNull(answered, "the re-registered plugin never answered");
        assertEquals(0, new BigDecimal("80").compareTo(answered.total()));
    }

    /**
     * Calls a plugin whose every call hangs until calls are refused as stuck: each call before
     * gets stuck on a fresh thread, at most two threads for each pool it may abandon and its last.
     */
    private void useUpFreshPools(PinnedPlugin<AssessmentMethod> pinned) {
        for (int i = 0; i < 2 * (PluginExecutor.MAX_ABANDONED_POOLS + 1) + 1; i++) {
            try {
                runs.call(pinned, "methods." + pinned.choice().pluginId(), () -> pinned.plugin()
                        .evaluate(List.of(), pinned.parameters()));
            } catch (RuleViolationException refused) {
                if (refused.rule().equals("plugin-stuck")) {
                    return;
                }
                assertEquals("plugin-timeout", refused.rule());
            }
        }
        throw new AssertionError("the plugin's calls were never refused as stuck");
    }

    @Test
    void aFullQueueIsRefusedAsBusyAtOnceWhileAnotherVersionOfTheSamePluginRuns() throws Exception {
        // A timeout long enough that nothing times out here: the queue alone decides.
        PluginExecutor patient = new PluginExecutor(registry, 60_000, 2);
        GuardedPluginCalls patientRuns = new GuardedPluginCalls(registry, patient);
        CountDownLatch started = new CountDownLatch(2);
        AssessmentMethod slowOld = new Misbehaving("oral-defense") {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                started.countDown();
                ignoreInterrupts();
                return super.evaluate(sheets, configuration);
            }
        };
        install(slowOld, "1.0.0");
        install(new OralDefenseMethod(Map.of()), "2.0.0");
        install(new WeightedSumScheme(Map.of()), "1.0.0");
        int places = 2 + 2 * PluginExecutor.QUEUE_PER_THREAD;
        ExecutorService flooders = Executors.newFixedThreadPool(places + 4);
        try {
            // The flood calls the slow method alone: through compute, the scheme's pool (the same
            // size) would be a second bottleneck once the method's calls are released together.
            PinnedPlugin<AssessmentMethod> slowPinned = patientRuns.method(ORAL);
            List<Future<String>> flood = new ArrayList<>();
            for (int i = 0; i < places + 4; i++) {
                flood.add(flooders.submit(() -> {
                    try {
                        patientRuns.call(slowPinned, "methods.oral-defense", () -> slowPinned
                                .plugin()
                                .evaluate(ORAL_SHEETS, slowPinned.parameters()));
                        return "answered";
                    } catch (RuleViolationException refused) {
                        return refused.rule();
                    }
                }));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            // The four calls beyond the threads and the queue are refused at once, without waiting.
            long busy = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (busy < 4 && System.nanoTime() < deadline) {
                busy = flood.stream()
                        .filter(Future::isDone)
                        .map(f -> {
                            try {
                                return f.get();
                            } catch (Exception e) {
                                return e.toString();
                            }
                        })
                        .filter("plugin-busy"::equals)
                        .count();
                Thread.sleep(10);
            }
            assertEquals(4, busy);

            // Version 2.0.0 of the same plugin has a pool of its own and answers meanwhile.
            PluginComputation newer = patientRuns.compute(List.of(ORAL.pinnedTo("2.0.0")), WEIGHTED, SHEETS);
            assertEquals(0, new BigDecimal("80").compareTo(newer.total()));
            assertEquals("2.0.0", newer.provenance().get(0).bundleVersion());

            // Released, every accepted call completes.
            release.countDown();
            List<String> rules = new ArrayList<>();
            for (Future<String> call : flood) {
                rules.add(call.get(30, TimeUnit.SECONDS));
            }
            assertEquals(places, rules.stream().filter("answered"::equals).count(), rules.toString());
        } finally {
            flooders.shutdownNow();
            patient.deactivate();
        }
    }

    @Test
    void anExceptionOrErrorIsPluginFailedAndTheNextCallWorks() {
        AssessmentMethod throwing = new Misbehaving("oral-defense") {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                throw new IllegalStateException("division by zero in item weights");
            }
        };
        AssessmentMethod overflowing = new Misbehaving("oral-defense") {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                throw new StackOverflowError("recursed");
            }
        };
        install(throwing, "1.0.0");
        install(overflowing, "1.1.0");
        install(new WeightedSumScheme(Map.of()), "1.0.0");

        RuleViolationException thrown =
                assertThrows(RuleViolationException.class, () -> runs.compute(List.of(ORAL), WEIGHTED, SHEETS));
        RuleViolationException error = assertThrows(
                RuleViolationException.class, () -> runs.compute(List.of(ORAL.pinnedTo("1.1.0")), WEIGHTED, SHEETS));

        assertEquals("plugin-failed", thrown.rule());
        assertTrue(thrown.messageEn().contains("division by zero"), thrown.messageEn());
        assertEquals("plugin-failed", error.rule());
        assertTrue(error.messageEn().contains("StackOverflowError"), error.messageEn());
        install(new OralDefenseMethod(Map.of()), "1.0.0");
        assertEquals(
                0,
                new BigDecimal("80")
                        .compareTo(runs.compute(List.of(ORAL), WEIGHTED, SHEETS).total()));
    }

    @Test
    void aResultOutOfRangeOrForAnotherMethodIsPluginFailedWithTheReason() {
        install(new WeightedSumScheme(Map.of()), "1.0.0");
        // The records refuse such values when built; a result that bypassed that (here a mock) is still caught.
        assertFailsWith(result(new BigDecimal("-1"), new BigDecimal("100"), Map.of()), "-1 lies outside [0, 100]");
        assertFailsWith(result(new BigDecimal("101"), new BigDecimal("100"), Map.of()), "101 lies outside [0, 100]");
        assertFailsWith(result(new BigDecimal("5"), BigDecimal.ZERO, Map.of()), "maximum 0 is not positive");
        assertFailsWith(result(null, new BigDecimal("100"), Map.of()), "score null lies outside");
        assertFailsWith(
                result(new BigDecimal("50"), new BigDecimal("100"), Map.of("e1", new BigDecimal("120"))),
                "expert e1, 120, lies outside [0, 100]");
        MethodResult foreign =
                new MethodResult("panel-vote", BigDecimal.ONE, BigDecimal.TEN, Map.of(), false, List.of());
        assertFailsWith(foreign, "its result is for method panel-vote");
        assertFailsWith(null, "it returned nothing");
    }

    private void assertFailsWith(MethodResult answer, String reason) {
        install(
                new Misbehaving("oral-defense") {
                    @Override
                    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                        return answer;
                    }
                },
                "1.0.0");
        // Time plays no part here: a patient executor, so that a loaded machine cannot turn the
        // answer into a timeout (Mockito's answers can take longer than TIMEOUT on their first call).
        PluginExecutor patient = new PluginExecutor(registry, 60_000, 2);
        try {
            RuleViolationException refused =
                    assertThrows(RuleViolationException.class, () -> new GuardedPluginCalls(registry, patient)
                            .compute(List.of(ORAL), WEIGHTED, SHEETS));
            assertEquals("plugin-failed", refused.rule());
            assertTrue(refused.messageEn().contains(reason), refused.messageEn());
        } finally {
            patient.deactivate();
        }
    }

    @Test
    void aConfigurationCheckReportsAHangingPluginOnItsFieldAsATimeout() {
        AssessmentMethod hanging = new Misbehaving("oral-defense") {
            @Override
            public org.skilleval.plugin.api.dto.ScoreSheetSchema scoreSheet(Parameters configuration) {
                ignoreInterrupts();
                return null;
            }
        };
        install(hanging, "1.0.0");
        install(new WeightedSumScheme(Map.of()), "1.0.0");
        List<org.skilleval.plugin.api.dto.Violation> refused =
                runs.configurationProblems("methods[0]", runs.method(ORAL));

        assertEquals("methods[0]", refused.get(0).field());
        assertEquals("plugin-timeout", refused.get(0).rule());
    }

    @Test
    void poolsOfVersionsThatLeftTheRegistryAreShutDown() {
        install(new OralDefenseMethod(Map.of()), "1.0.0");
        install(new WeightedSumScheme(Map.of()), "1.0.0");
        runs.compute(List.of(ORAL), WEIGHTED, SHEETS);
        assertEquals(2, executor.pools());

        // oral-defense 1.0.0 is uninstalled: the next call into another plugin retires its pool.
        when(registry.plugins()).thenReturn(List.of(descriptor(PluginKind.SCORING_SCHEME, "weighted-sum", "1.0.0")));
        PinnedPlugin<ScoringScheme> scheme = runs.scheme(WEIGHTED);
        runs.call(scheme, "scheme", () -> scheme.plugin().name());

        assertEquals(1, executor.pools());
    }

    private static MethodResult result(BigDecimal score, BigDecimal max, Map<String, BigDecimal> totals) {
        MethodResult result = mock(MethodResult.class);
        when(result.methodId()).thenReturn("oral-defense");
        when(result.score()).thenReturn(score);
        when(result.maxScore()).thenReturn(max);
        when(result.itemScores()).thenReturn(Map.of());
        when(result.reasons()).thenReturn(List.of());
        when(result.expertTotals()).thenReturn(totals);
        return result;
    }

    private static SheetInput sheet(String method, String expert) {
        return new SheetInput(method, expert, Map.of("x", BigDecimal.ONE), "");
    }

    /** Blocks until the test ends, swallowing interrupts: the worst a plugin can do to a thread. */
    void ignoreInterrupts() {
        while (true) {
            try {
                release.await();
                return;
            } catch (InterruptedException ignored) {
                // a misbehaving plugin carries on
            }
        }
    }

    private final List<PluginDescriptor> installed = new ArrayList<>();

    private void install(Object plugin, String version) {
        String id = plugin instanceof ScoringScheme s ? s.id() : ((AssessmentMethod) plugin).id();
        install(plugin, version, id.hashCode() + version.hashCode());
    }

    /** Registers the plugin as the registry would, under the given service id. */
    private void install(Object plugin, String version, long serviceId) {
        PluginKind kind = plugin instanceof ScoringScheme ? PluginKind.SCORING_SCHEME : PluginKind.ASSESSMENT_METHOD;
        String id = plugin instanceof ScoringScheme s ? s.id() : ((AssessmentMethod) plugin).id();
        PluginDescriptor descriptor = descriptor(kind, id, version, serviceId);
        installed.removeIf(
                d -> d.kind() == kind && d.id().equals(id) && d.bundleVersion().equals(version));
        installed.add(descriptor);
        when(registry.plugins()).thenReturn(List.copyOf(installed));
        when(registry.describe(kind, id, version)).thenReturn(java.util.Optional.of(descriptor));
        if (plugin instanceof ScoringScheme scheme) {
            when(registry.scheme(id, version)).thenReturn(java.util.Optional.of(scheme));
        } else {
            when(registry.method(id, version)).thenReturn(java.util.Optional.of((AssessmentMethod) plugin));
        }
    }

    private static PluginDescriptor descriptor(PluginKind kind, String id, String version) {
        return descriptor(kind, id, version, id.hashCode() + version.hashCode());
    }

    private static PluginDescriptor descriptor(PluginKind kind, String id, String version, long serviceId) {
        return new PluginDescriptor(
                kind,
                id,
                LocalizedText.of(id, id),
                "org.skilleval.plugin.test." + id.replace("-", ""),
                version,
                1,
                serviceId,
                PluginState.ACTIVE,
                "");
    }

    /** A method that answers everything but the call a test overrides like the shipped oral defence. */
    private static class Misbehaving extends OralDefenseMethod {

        private final String id;

        Misbehaving(String id) {
            super(Map.of());
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    @Test
    void aPluginThatThrowsThrowsNothingOfItsOwnAtTheCaller() {
        install(
                new Misbehaving("oral-defense") {
                    @Override
                    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                        // A plugin cannot pass off a refusal of its own as the core's.
                        throw new RuleViolationException("x", "plugin-timeout", "假", "fake");
                    }
                },
                "1.0.0");
        install(new WeightedSumScheme(Map.of()), "1.0.0");

        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> runs.compute(List.of(ORAL), WEIGHTED, SHEETS));

        assertEquals("plugin-failed", refused.rule());
        assertInstanceOf(RuleViolationException.class, refused);
    }
}
