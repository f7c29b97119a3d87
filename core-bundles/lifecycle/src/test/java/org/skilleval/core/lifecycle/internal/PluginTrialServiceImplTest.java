package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.lifecycle.PluginTrialService.Trial;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.pluginhost.internal.PluginExecutor;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.weightedsum.WeightedSumScheme;

/** Trial runs of the real shipped plugins, and who may try what. */
class PluginTrialServiceImplTest {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String SUZHOU_PRECISION = "91320500MA1PX00038";
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
    private static final Caller OWNER =
            Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + NANJING_EQUIPMENT));
    private static final Caller OTHER =
            Caller.fromJaasRoles("other-hr", List.of("enterprise", "enterprise:" + SUZHOU_PRECISION));
    private static final Caller EXPERT = Caller.fromJaasRoles("expert", List.of("expert", "expert:e1"));

    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final PluginExecutor executor = new PluginExecutor(registry, 5_000, 2);
    private final PluginTrialServiceImpl trials =
            new PluginTrialServiceImpl(registry, participations, PluginHostForTests.calls(registry, executor));
    private final List<PluginDescriptor> registered = new ArrayList<>();

    PluginTrialServiceImplTest() {
        when(registry.plugins()).thenAnswer(i -> List.copyOf(registered));
        when(participations.cityOf(NANJING_EQUIPMENT)).thenReturn(Optional.of("3201"));
        when(participations.cityOf(SUZHOU_PRECISION)).thenReturn(Optional.of("3205"));
        method("oral-defense", "1.0.0", "", new OralDefenseMethod(Map.of()));
        scheme("weighted-sum", "1.0.0", new WeightedSumScheme(Map.of()));
    }

    @AfterEach
    void stopThePools() {
        executor.deactivate();
    }

    @Test
    void aMethodTrialGivesTheResultAndEachExpertsTotal() {
        Trial trial = trials.tryMethod(
                OWNER,
                "oral-defense",
                null,
                Map.of("minExperts", "2"),
                List.of(sheet("e1", "30", "30", "20", "20"), sheet("e2", "20", "20", "10", "10")));

        assertEquals(List.of(), trial.violations());
        assertEquals(0, new BigDecimal("80").compareTo(trial.methodResult().score()));
        assertEquals(0, new BigDecimal("100").compareTo(trial.expertTotals().get("e1")));
        assertEquals(0, new BigDecimal("60").compareTo(trial.expertTotals().get("e2")));
        assertEquals("2", trial.configuration().get("minExperts"));
        assertEquals("1.0.0", trial.plugin().bundleVersion());
    }

    @Test
    void configurationAndSheetViolationsAreAnsweredWithTheirFieldPaths() {
        Trial badConfiguration = trials.tryMethod(
                PROVINCE, "oral-defense", "1.0", Map.of("minExperts", "0"), List.of(sheet("e1", "1", "1", "1", "1")));
        assertNull(badConfiguration.methodResult());
        assertEquals(
                List.of("configuration.minExperts"),
                badConfiguration.violations().stream().map(Violation::field).toList());

        Trial badSheet = trials.tryMethod(
                PROVINCE,
                "oral-defense",
                null,
                Map.of("minExperts", "1"),
                List.of(sheet("e1", "31", "30", "20", "20"), new ScoreSheet("e2", Map.of(), "")));
        assertNull(badSheet.methodResult());
        List<String> fields =
                badSheet.violations().stream().map(Violation::field).toList();
        assertTrue(fields.contains("sheets[e1].points.professional-knowledge"), fields.toString());
        assertTrue(fields.contains("sheets[e2].points.expression"), fields.toString());
        assertTrue(badSheet.violations().stream()
                .allMatch(v -> !v.message().zh().isBlank() && !v.message().en().isBlank()));

        Trial tooFewExperts = trials.tryMethod(
                PROVINCE, "oral-defense", null, Map.of(), List.of(sheet("e1", "30", "30", "20", "20")));
        assertEquals(
                List.of("min-experts"),
                tooFewExperts.violations().stream().map(Violation::rule).toList());
    }

    @Test
    void aSchemeTrialCombinesSampleResultsOnItsDeclaredScale() {
        MethodResult oral = new MethodResult(
                "oral-defense", new BigDecimal("70"), new BigDecimal("100"), Map.of(), false, List.of(), Map.of());

        Trial passed = trials.tryScheme(
                NANJING, "weighted-sum", null, Map.of("weight.oral-defense", "100", "passLine", "60"), List.of(oral));
        assertEquals(List.of(), passed.violations());
        assertTrue(passed.finalResult().passed());
        assertEquals(0, new BigDecimal("70").compareTo(passed.finalResult().total()));
        assertEquals(0, new BigDecimal("100").compareTo(passed.maxTotal()));

        Trial unweighted = trials.tryScheme(NANJING, "weighted-sum", null, Map.of(), List.of(oral));
        assertNull(unweighted.finalResult());
        assertTrue(unweighted.violations().stream().allMatch(v -> v.field().startsWith("configuration.")));
        assertTrue(!unweighted.violations().isEmpty());
    }

    @Test
    void anEnterprisesOwnPluginIsTriedByItItsCityAndTheProvinceOnly() {
        method("own-method", "1.0.0", NANJING_EQUIPMENT, new OralDefenseMethod(Map.of()) {
            @Override
            public String id() {
                return "own-method";
            }

            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                MethodResult r = super.evaluate(sheets, configuration);
                return new MethodResult(
                        id(), r.score(), r.maxScore(), r.itemScores(), r.vetoed(), r.reasons(), r.expertTotals());
            }
        });
        List<ScoreSheet> sheets = List.of(sheet("e1", "30", "30", "20", "20"));
        Map<String, String> one = Map.of("minExperts", "1");

        assertEquals(
                List.of(),
                trials.tryMethod(OWNER, "own-method", null, one, sheets).violations());
        assertEquals(
                List.of(),
                trials.tryMethod(NANJING, "own-method", null, one, sheets).violations());
        assertEquals(
                List.of(),
                trials.tryMethod(PROVINCE, "own-method", null, one, sheets).violations());
        assertThrows(NotFoundException.class, () -> trials.tryMethod(OTHER, "own-method", null, one, sheets));
        assertThrows(NotFoundException.class, () -> trials.tryMethod(SUZHOU, "own-method", null, one, sheets));
        assertThrows(AccessDeniedException.class, () -> trials.tryMethod(EXPERT, "oral-defense", null, one, sheets));
    }

    @Test
    void aCityExtensionIsTriedOnlyInTheCitiesItDeclares() {
        PluginDescriptor suzhouOnly = new PluginDescriptor(
                PluginKind.SCORING_SCHEME,
                "suzhou-scheme",
                LocalizedText.of("插件", "Plugin"),
                "org.example.suzhou",
                "1.0.0",
                1,
                99,
                PluginState.ACTIVE,
                "",
                List.of("3205"),
                "");
        registered.add(suzhouOnly);
        when(registry.scheme("suzhou-scheme", "1.0.0")).thenReturn(Optional.of(new WeightedSumScheme(Map.of())));
        when(registry.describe(PluginKind.SCORING_SCHEME, "suzhou-scheme", "1.0.0"))
                .thenReturn(Optional.of(suzhouOnly));
        List<MethodResult> results = List.of(new MethodResult(
                "oral-defense", new BigDecimal("70"), new BigDecimal("100"), Map.of(), false, List.of()));
        Map<String, String> weights = Map.of("weight.oral-defense", "100");

        assertEquals(
                1,
                trials.tryScheme(SUZHOU, "suzhou-scheme", null, weights, results)
                        .plugin()
                        .bundleId());
        assertEquals(
                1,
                trials.tryScheme(OTHER, "suzhou-scheme", null, weights, results)
                        .plugin()
                        .bundleId());
        assertThrows(NotFoundException.class, () -> trials.tryScheme(NANJING, "suzhou-scheme", null, weights, results));
        assertThrows(NotFoundException.class, () -> trials.tryScheme(OWNER, "suzhou-scheme", null, weights, results));
    }

    @Test
    void anUnknownVersionIsNotFoundAndTheWrongKindIsNamed() {
        List<ScoreSheet> sheets = List.of(sheet("e1", "30", "30", "20", "20"));
        assertThrows(
                NotFoundException.class, () -> trials.tryMethod(PROVINCE, "oral-defense", "9.0.0", Map.of(), sheets));
        assertThrows(NotFoundException.class, () -> trials.tryMethod(PROVINCE, "no-such", null, Map.of(), sheets));
        RuleViolationException kind = assertThrows(
                RuleViolationException.class, () -> trials.tryMethod(PROVINCE, "weighted-sum", null, Map.of(), sheets));
        assertEquals("plugin-kind", kind.rule());
    }

    @Test
    void aPluginThatBreaksItsContractIsAFaultNotAViolation() {
        method("broken", "1.0.0", "", new OralDefenseMethod(Map.of()) {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                return new MethodResult("broken", BigDecimal.ONE, BigDecimal.TEN, Map.of(), false, List.of());
            }
        });
        PluginFault fault = assertThrows(
                PluginFault.class,
                () -> trials.tryMethod(
                        PROVINCE, "broken", null, Map.of(), List.of(sheet("e1", "30", "30", "20", "20"))));
        assertEquals("plugin-failed", fault.rule());
    }

    private static ScoreSheet sheet(String expert, String knowledge, String solving, String innovation, String talk) {
        return new ScoreSheet(
                expert,
                Map.of(
                        "professional-knowledge", new BigDecimal(knowledge),
                        "problem-solving", new BigDecimal(solving),
                        "innovation", new BigDecimal(innovation),
                        "expression", new BigDecimal(talk)),
                "");
    }

    private void method(String id, String version, String enterprise, AssessmentMethod method) {
        PluginDescriptor d = descriptor(PluginKind.ASSESSMENT_METHOD, id, version, enterprise);
        registered.add(d);
        when(registry.method(id, version)).thenReturn(Optional.of(method));
        when(registry.describe(PluginKind.ASSESSMENT_METHOD, id, version)).thenReturn(Optional.of(d));
    }

    private void scheme(String id, String version, ScoringScheme scheme) {
        PluginDescriptor d = descriptor(PluginKind.SCORING_SCHEME, id, version, "");
        registered.add(d);
        when(registry.scheme(id, version)).thenReturn(Optional.of(scheme));
        when(registry.describe(PluginKind.SCORING_SCHEME, id, version)).thenReturn(Optional.of(d));
    }

    private static PluginDescriptor descriptor(PluginKind kind, String id, String version, String enterprise) {
        return new PluginDescriptor(
                kind,
                id,
                LocalizedText.of("插件", "Plugin"),
                "org.example." + id,
                version,
                1,
                registeredServiceId++,
                PluginState.ACTIVE,
                "",
                List.of(),
                enterprise);
    }

    private static long registeredServiceId = 1;
}
