package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Provenance;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.AssessmentResultRecord.Text;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.domain.SupervisionNoteRecord;
import org.skilleval.core.persistence.PanelSize;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;

/** Panels, score sheets, results and supervision notes on the real persistence unit. */
class JpaAssessmentStoresTest {

    private static final AuditActor HR = new AuditActor("hr", "enterprise");
    private static final AuditActor EXPERT = new AuditActor("e1", "expert");
    private static final Set<ApplicationStatus> ASSESSED =
            Set.of(ApplicationStatus.ENDORSED, ApplicationStatus.PASSED, ApplicationStatus.FAILED);

    private EntityManagerFactory entityManagerFactory;
    private JpaPanelStore panels;
    private JpaScoreSheetStore sheets;
    private JpaAssessmentResultStore results;
    private JpaApplicationStore applications;
    private JpaAuditTrail audit;
    private ParticipationRecord nanjing;
    private ParticipationRecord suzhou;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = SqlRecorder.persistenceUnit(InMemoryDatabase.dataSource());
        panels = new JpaPanelStore(entityManagerFactory);
        sheets = new JpaScoreSheetStore(entityManagerFactory);
        results = new JpaAssessmentResultStore(entityManagerFactory);
        applications = new JpaApplicationStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
        long round = new JpaRoundStore(entityManagerFactory)
                .create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), new AuditActor("province", "province"))
                .id();
        JpaParticipationStore participations = new JpaParticipationStore(entityManagerFactory);
        EnterpriseEvidence evidence = new EnterpriseEvidence(true, true, 40, false, false);
        nanjing = participations.recommend(
                round, "91320100MA1NJ0001M", "南京某装备集团", "3201", evidence, (c, o) -> true, new AuditActor("nj", "city"));
        suzhou = participations.recommend(
                round, "91320500MA1PX00038", "苏州某电子", "3205", evidence, (c, o) -> true, new AuditActor("sz", "city"));
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aPanelKeepsItsMembersAndAnOccupationHasOnePanel() {
        PanelRecord created = panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);

        PanelRecord stored = panels.find(created.id()).orElseThrow();
        assertEquals(members("e1", "e2", "e3"), stored.members());
        assertEquals("e1", stored.chair().orElseThrow().expertId());
        assertFalse(stored.locked());
        assertEquals(
                created.id(), panels.findFor(nanjing.id(), "车工").orElseThrow().id());
        assertTrue(panels.findFor(nanjing.id(), "钳工").isEmpty());
        assertEquals(
                ConflictException.Kind.DUPLICATE,
                assertThrows(ConflictException.class, () -> panels.create(nanjing, "车工", members("e4"), HR))
                        .kind());
    }

    @Test
    void aPageOfCandidatesReadsItsPanelsAsSizesThatFollowTheMembers() {
        PanelRecord lathe = panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        PanelRecord fitter = panels.create(nanjing, "钳工", members("e5"), HR);
        PanelRecord electric = panels.create(suzhou, "电工", members("e3", "e4"), HR);

        assertEquals(
                Set.of(
                        new PanelSize(lathe.id(), nanjing.id(), "车工", 3),
                        new PanelSize(fitter.id(), nanjing.id(), "钳工", 1),
                        new PanelSize(electric.id(), suzhou.id(), "电工", 2)),
                Set.copyOf(panels.sizes(List.of(nanjing.id(), suzhou.id()))));
        panels.update(lathe.id(), lathe.version(), "members", "", HR, p -> p.withMembers(members("e1", "e2")));
        assertEquals(
                Set.of(
                        new PanelSize(lathe.id(), nanjing.id(), "车工", 2),
                        new PanelSize(fitter.id(), nanjing.id(), "钳工", 1)),
                Set.copyOf(panels.sizes(List.of(nanjing.id()))));
        assertEquals(List.of(), panels.sizes(List.of()));
        assertEquals(List.of(), panels.sizes(List.of(-1L)));
    }

    @Test
    void anExpertListsOnlyThePanelsTheySitOnAlsoAfterTheMembersChange() {
        PanelRecord lathe = panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        panels.create(suzhou, "电工", members("e3", "e4", "e5"), HR);
        long round = nanjing.roundId();

        assertEquals(1, panels.list(round, null, null, null, "e1", 0, 10).total());
        assertEquals(2, panels.list(round, null, null, null, "e3", 0, 10).total());
        assertEquals(1, panels.list(round, "3205", null, null, null, 0, 10).total());
        assertEquals(
                1,
                panels.list(round, null, nanjing.creditCode(), null, null, 0, 10)
                        .total());

        PanelRecord changed = panels.update(
                lathe.id(), lathe.version(), "revise", "", HR, p -> p.withMembers(members("e7", "e2", "e3")));

        assertEquals(0, panels.list(round, null, null, null, "e1", 0, 10).total());
        assertEquals(
                List.of(lathe.id()),
                panels.list(round, null, null, null, "e7", 0, 10).items().stream()
                        .map(PanelRecord::id)
                        .toList());
        assertEquals(lathe.version() + 1, changed.version());
        assertEquals(
                ConflictException.Kind.STALE_VERSION,
                assertThrows(
                                ConflictException.class,
                                () -> panels.update(lathe.id(), lathe.version(), "revise", "", HR, p -> p))
                        .kind());
        List<AuditEvent> trail =
                audit.of("Panel", Long.toString(lathe.id()), 0, 10).items();
        assertEquals(
                List.of("revise", "create"),
                trail.stream().map(AuditEvent::action).toList());
    }

    @Test
    void aPanelIsLockedOnceASheetWasSubmittedEvenAfterAnUnlock() {
        PanelRecord panel = panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        ApplicationRecord candidate = endorsed("E1", "车工");
        ScoreSheetRecord draft = sheets.create(
                candidate.id(),
                panel.id(),
                "oral-defense",
                "e1",
                Map.of("innovation", new BigDecimal("18.5")),
                "",
                EXPERT);
        assertFalse(panels.find(panel.id()).orElseThrow().locked());

        ScoreSheetRecord submitted = sheets.update(
                draft.id(),
                draft.version(),
                "submit",
                "",
                EXPERT,
                s -> s.submitted(Instant.parse("2027-02-01T02:00:00Z")));
        assertTrue(panels.find(panel.id()).orElseThrow().locked());
        sheets.update(submitted.id(), submitted.version(), "unlock", "typo", EXPERT, s -> s.unlocked("typo"));

        assertTrue(panels.find(panel.id()).orElseThrow().locked());
        assertTrue(panels.update(panel.id(), panel.version(), "revise", "", HR, p -> p)
                .locked());
    }

    @Test
    void aRoundIsRankedByTotalWithSharedPlacesForEqualTotals() {
        ApplicationRecord first = endorsed("E1", "车工");
        ApplicationRecord second = endorsed("E2", "车工");
        ApplicationRecord third = endorsed("E3", "钳工");
        ApplicationRecord fourth = endorsed("E4", "钳工");
        ApplicationRecord unassessed = endorsed("E5", "钳工");
        results.record(result(second, "81.5", true), a -> a.withStatus(ApplicationStatus.PASSED, ""), HR);
        results.record(result(fourth, "59", false), a -> a.withStatus(ApplicationStatus.FAILED, ""), HR);
        results.record(result(first, "81.50", true), a -> a.withStatus(ApplicationStatus.PASSED, ""), HR);
        results.record(result(third, "90.25", true), a -> a.withStatus(ApplicationStatus.PASSED, ""), HR);

        List<org.skilleval.core.persistence.RankedCandidate> ranking = results.ranking(nanjing.roundId());

        assertEquals(
                List.of(
                        List.of(1, third.id(), true),
                        List.of(2, first.id(), true),
                        List.of(2, second.id(), true),
                        List.of(4, fourth.id(), false)),
                ranking.stream()
                        .map(c -> List.<Object>of(c.rank(), c.applicationId(), c.passed()))
                        .toList());
        assertEquals(0, new BigDecimal("90.25").compareTo(ranking.get(0).total()));
        assertEquals(nanjing.creditCode(), ranking.get(0).creditCode());
        assertTrue(ranking.stream().noneMatch(c -> c.applicationId() == unassessed.id()));
        assertTrue(results.ranking(nanjing.roundId() + 1000).isEmpty());
    }

    @Test
    void aSavedSheetIsWhatReadingItBackGivesAlsoInItsAuditEvent() {
        PanelRecord panel = panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        ApplicationRecord candidate = endorsed("E1", "车工");
        java.util.Map<String, BigDecimal> points = new java.util.LinkedHashMap<>();
        points.put("problem-solving", new BigDecimal("24.50"));
        points.put("innovation", new BigDecimal("1E+1"));
        points.put("expression", new BigDecimal("0.125"));

        ScoreSheetRecord created = sheets.create(candidate.id(), panel.id(), "oral-defense", "e1", points, "好", EXPERT);
        points.put("innovation", new BigDecimal("99"));
        ScoreSheetRecord revised = sheets.update(created.id(), created.version(), "revise", "", EXPERT, s -> s);

        ScoreSheetRecord read =
                sheets.find(candidate.id(), "oral-defense", "e1").orElseThrow();
        assertEquals(revised, read);
        assertEquals(created.points(), read.points());
        assertEquals(new BigDecimal("24.50"), read.points().get("problem-solving"));
        assertEquals(
                read.toString().replace("version=" + read.version(), "version=" + created.version()),
                audit.of("ScoreSheet", Long.toString(created.id()), 0, 10).items().stream()
                        .filter(e -> e.action().equals("create"))
                        .findFirst()
                        .orElseThrow()
                        .after());
    }

    @Test
    void anExpertHasOneSheetPerCandidateAndMethodAndPointsKeepTheirDigits() {
        PanelRecord panel = panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        ApplicationRecord candidate = endorsed("E1", "车工");
        sheets.create(
                candidate.id(),
                panel.id(),
                "oral-defense",
                "e1",
                Map.of("innovation", new BigDecimal("18.50")),
                "好",
                EXPERT);
        sheets.create(candidate.id(), panel.id(), "performance", "e1", Map.of(), "", EXPERT);

        assertEquals(
                ConflictException.Kind.DUPLICATE,
                assertThrows(
                                ConflictException.class,
                                () -> sheets.create(
                                        candidate.id(), panel.id(), "oral-defense", "e1", Map.of(), "", EXPERT))
                        .kind());
        ScoreSheetRecord stored =
                sheets.find(candidate.id(), "oral-defense", "e1").orElseThrow();
        assertEquals(new BigDecimal("18.50"), stored.points().get("innovation"));
        assertEquals("好", stored.comment());
        assertEquals(ScoreSheetRecord.Status.DRAFT, stored.status());
        assertEquals(
                List.of("oral-defense", "performance"),
                sheets.ofApplication(candidate.id()).stream()
                        .map(ScoreSheetRecord::methodId)
                        .toList());
        assertEquals(Map.of(), sheets.submittedCounts(List.of(candidate.id())));
        sheets.update(stored.id(), stored.version(), "submit", "", EXPERT, s -> s.submitted(Instant.EPOCH));
        assertEquals(Map.of(candidate.id(), 1L), sheets.submittedCounts(List.of(candidate.id())), "not the draft's");
        assertEquals(Map.of(candidate.id(), 1L), sheets.submittedCounts(List.of(candidate.id(), 999L)));
    }

    @Test
    void aMembersDepartmentAndDeclaredRelationsAreStoredAndOldMembersReadAsExternal() {
        PanelMember declared = new PanelMember(
                "e2",
                "专家e2",
                "南京某装备集团",
                "",
                false,
                "机加车间",
                List.of(new ExpertRelation(41, ExpertRelation.Kind.MENTOR, "带徒三年")));
        PanelRecord created = panels.create(
                nanjing,
                "车工",
                List.of(members("e1").get(0), declared, members("e1", "e3").get(1)),
                HR);

        PanelRecord stored = panels.find(created.id()).orElseThrow();
        assertEquals(declared, stored.member("e2").orElseThrow());
        assertEquals("", stored.member("e1").orElseThrow().department());
        assertEquals(List.of(), stored.member("e1").orElseThrow().relations());
        PanelMember old = JsonDocuments.read(
                "[{\"expertId\":\"e9\",\"name\":\"老专家\",\"organisation\":\"厂\",\"title\":\"\",\"chair\":true}]",
                PanelMember[].class)[0];
        assertEquals(new PanelMember("e9", "老专家", "厂", "", true), old);
    }

    @Test
    void aPanelsCandidatesAreFoundBeforeThePanelExists() {
        ApplicationRecord lathe = endorsed("E1", "车工");
        endorsed("E2", "钳工");
        applications.create(nanjing, "E3", form("车工"), new AuditActor("e3", "applicant")); // still a draft

        assertEquals(
                List.of(lathe.id()),
                panels.candidatesOf(nanjing.roundId(), nanjing.creditCode(), nanjing.id(), "车工", ASSESSED).stream()
                        .map(ApplicationRecord::id)
                        .toList());
        assertEquals(
                List.of(), panels.candidatesOf(nanjing.roundId(), suzhou.creditCode(), suzhou.id(), "车工", ASSESSED));
    }

    @Test
    void divergenceFlagsAreStoredAuditedAndWrittenOnlyWhenTheyChange() {
        PanelRecord panel = panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        ApplicationRecord candidate = endorsed("E1", "车工");
        for (String expert : List.of("e1", "e2", "e3")) {
            sheets.create(candidate.id(), panel.id(), "oral-defense", expert, Map.of("a", BigDecimal.TEN), "", EXPERT);
        }
        sheets.create(candidate.id(), panel.id(), "performance", "e1", Map.of(), "", EXPERT);
        ScoreSheetRecord e2 = sheets.find(candidate.id(), "oral-defense", "e2").orElseThrow();
        DivergenceFlag flag = DivergenceFlag.open(
                new BigDecimal("5"),
                Map.of("a", new DivergenceFlag.Item(new BigDecimal("2.50"), new BigDecimal("18"))));
        AuditActor system = new AuditActor("hr", "enterprise");

        List<ScoreSheetRecord> after = sheets.reflag(
                candidate.id(),
                "oral-defense",
                read -> {
                    assertEquals(
                            List.of("e1", "e2", "e3"),
                            read.stream().map(ScoreSheetRecord::expertId).toList());
                    return Map.of(e2.id(), flag);
                },
                system);

        assertEquals(3, after.size());
        ScoreSheetRecord stored =
                sheets.find(candidate.id(), "oral-defense", "e2").orElseThrow();
        assertEquals(flag, stored.divergence());
        assertEquals(
                new BigDecimal("2.50"), stored.divergence().items().get("a").points());
        assertEquals(e2.version() + 1, stored.version());
        assertNull(
                sheets.find(candidate.id(), "oral-defense", "e1").orElseThrow().divergence());
        assertNull(
                sheets.find(candidate.id(), "performance", "e1").orElseThrow().divergence());

        sheets.reflag(candidate.id(), "oral-defense", read -> Map.of(e2.id(), flag), system);
        assertEquals(
                stored.version(),
                sheets.find(candidate.id(), "oral-defense", "e2").orElseThrow().version());

        DivergenceFlag kept = flag.decided(DivergenceFlag.Outcome.KEPT, "讨论后维持", "e1", Instant.EPOCH);
        sheets.update(stored.id(), stored.version(), "divergence-outcome", "KEPT", EXPERT, s -> s.withDivergence(kept));
        assertEquals(
                kept,
                sheets.find(candidate.id(), "oral-defense", "e2").orElseThrow().divergence());
        sheets.reflag(candidate.id(), "oral-defense", read -> Map.of(), system);
        assertNull(
                sheets.find(candidate.id(), "oral-defense", "e2").orElseThrow().divergence());
        assertEquals(
                List.of("divergence-clear", "divergence-outcome", "divergence-flag", "create"),
                audit.of("ScoreSheet", Long.toString(e2.id()), 0, 10).items().stream()
                        .map(AuditEvent::action)
                        .toList());
    }

    @Test
    void candidatesAreTheAssessedApplicationsWhoseOccupationHasAPanel() {
        panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        ApplicationRecord lathe = endorsed("E1", "车工");
        endorsed("E2", "钳工"); // no panel for 钳工
        applications.create(nanjing, "E3", form("车工"), new AuditActor("e3", "applicant")); // still a draft
        long round = nanjing.roundId();

        Page<ApplicationRecord> forHr = panels.candidates(round, null, nanjing.creditCode(), null, ASSESSED, 0, 10);
        assertEquals(
                List.of(lathe.id()),
                forHr.items().stream().map(ApplicationRecord::id).toList());
        assertEquals(
                1, panels.candidates(round, null, null, "e2", ASSESSED, 0, 10).total());
        assertEquals(
                0, panels.candidates(round, null, null, "e9", ASSESSED, 0, 10).total());
        assertEquals(
                0, panels.candidates(round, "3205", null, null, ASSESSED, 0, 10).total());
    }

    @Test
    void aPanelCreatedAfterTheApplicationsMakesThemCandidatesOfTheCityAndTheRound() {
        ApplicationRecord lathe = endorsed("E1", "车工");
        ApplicationRecord spaced = endorsed("E2", " 车工 ");
        ApplicationRecord fitter = endorsed("E3", "钳工");
        long round = nanjing.roundId();
        assertEquals(List.of(), candidateIds(round, "3201", null, null));
        assertEquals(List.of(), candidateIds(round, null, null, null));

        panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        panels.create(suzhou, "钳工", members("e4"), HR); // another enterprise's panel: not for nanjing's 钳工

        List<Long> lathes = List.of(lathe.id(), spaced.id());
        assertEquals(lathes, candidateIds(round, "3201", null, null));
        assertEquals(lathes, candidateIds(round, null, null, null));
        assertEquals(lathes, candidateIds(round, null, nanjing.creditCode(), null));
        assertEquals(lathes, candidateIds(round, null, null, "e2"));
        assertEquals(List.of(), candidateIds(round, "3205", null, null));
        // marking them is not a change a reader of the application sees
        assertEquals(
                lathe.version(), applications.find(lathe.id()).orElseThrow().version());

        panels.create(nanjing, "钳工", members("e5"), HR);

        List<Long> all = List.of(lathe.id(), spaced.id(), fitter.id());
        assertEquals(all, candidateIds(round, "3201", null, null));
        assertEquals(all, candidateIds(round, null, null, null));
        assertEquals(List.of(fitter.id()), candidateIds(round, null, null, "e5"));
    }

    @Test
    void anApplicationJoinsAndLeavesThePanelOfItsOccupationAsItsFormChanges() {
        panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        ApplicationRecord draft = applications.create(nanjing, "E1", form("钳工"), new AuditActor("e1", "applicant"));
        ApplicationRecord created = applications.create(nanjing, "E2", form("车工"), new AuditActor("e2", "applicant"));
        long round = nanjing.roundId();

        ApplicationRecord lathe =
                applications.update(draft.id(), draft.version(), "edit", "", HR, a -> a.withForm(form("车工")));
        assertEquals(draft.version() + 1, lathe.version(), "one write for the form and the derived column");
        assertEquals(List.of(), candidateIds(round, "3201", null, null), "drafts are no candidates");
        assertEquals(List.of(), candidateIds(round, null, nanjing.creditCode(), null), "nor of the enterprise");
        ApplicationRecord endorsed = endorse(lathe);
        ApplicationRecord other = endorse(created);
        assertEquals(List.of(endorsed.id(), other.id()), candidateIds(round, "3201", null, null));
        assertEquals(List.of(endorsed.id(), other.id()), candidateIds(round, null, nanjing.creditCode(), null));
        assertEquals(List.of(endorsed.id(), other.id()), candidateIds(round, null, null, null));

        applications.update(endorsed.id(), endorsed.version(), "edit", "", HR, a -> a.withForm(form("焊工")));

        assertEquals(List.of(other.id()), candidateIds(round, "3201", null, null));
        assertEquals(List.of(other.id()), candidateIds(round, null, null, null));
        assertEquals(List.of(other.id()), candidateIds(round, null, nanjing.creditCode(), null));
        assertEquals(List.of(other.id()), candidateIds(round, null, null, "e1"));
    }

    @Test
    void aCitysAnEnterprisesAndTheRoundsCandidatesAreReadWithoutJoiningThePanels() {
        panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        endorsed("E1", "车工");
        long round = nanjing.roundId();
        String[][] scopes = {{"3201", null}, {null, nanjing.creditCode()}, {null, null}};
        for (String[] scope : scopes) {
            SqlRecorder.STATEMENTS.clear();
            assertEquals(
                    1,
                    panels.candidateSummaries(round, scope[0], scope[1], null, ASSESSED, 0, 20)
                            .total());
            List<String> selects = SqlRecorder.STATEMENTS.stream()
                    .filter(sql -> sql.startsWith("SELECT") && sql.contains("APPLICATION"))
                    .toList();
            assertFalse(selects.isEmpty(), "no SQL recorded");
            // a join with PANEL made Derby hash the whole table for every page (docs/performance.md)
            assertTrue(selects.stream().noneMatch(sql -> sql.contains(" PANEL ")), selects.toString());
        }
    }

    @Test
    void candidateSummariesAreTheCandidatesLinesReadWithoutTheForm() {
        panels.create(nanjing, "车工", members("e1", "e2", "e3"), HR);
        panels.create(nanjing, "钳工", members("e1", "e4", "e5"), HR);
        for (int i = 0; i < 9; i++) {
            endorsed("E" + i, i % 3 == 0 ? "钳工" : i % 3 == 1 ? " 车工 " : "焊工"); // no panel for 焊工
        }
        applications.create(nanjing, "D", form("车工"), new AuditActor("d", "applicant")); // still a draft
        long round = nanjing.roundId();
        String[][] filters = {
            {null, null, null}, {null, nanjing.creditCode(), null}, {"3201", null, "e4"}, {"3205", null, null}
        };
        for (String[] filter : filters) {
            for (int offset = 0; offset < 8; offset += 4) {
                Page<ApplicationRecord> full =
                        panels.candidates(round, filter[0], filter[1], filter[2], ASSESSED, offset, 4);
                SqlRecorder.STATEMENTS.clear();
                Page<ApplicationSummary> lines =
                        panels.candidateSummaries(round, filter[0], filter[1], filter[2], ASSESSED, offset, 4);
                String where = Arrays.toString(filter) + " offset " + offset;
                assertEquals(full.items().stream().map(ApplicationSummary::of).toList(), lines.items(), where);
                assertEquals(full.total(), lines.total(), where);
                List<String> selects = SqlRecorder.STATEMENTS.stream()
                        .filter(sql -> sql.startsWith("SELECT"))
                        .toList();
                assertFalse(selects.isEmpty(), "no SQL recorded");
                assertTrue(selects.stream().noneMatch(sql -> sql.contains("FORM_JSON")), selects.toString());
            }
        }
        assertEquals(
                6,
                panels.candidateSummaries(round, null, null, null, ASSESSED, 0, 10)
                        .total());
        assertEquals(
                3,
                panels.candidateSummaries(round, null, null, "e4", ASSESSED, 0, 10)
                        .total());
    }

    @Test
    void aResultAndTheApplicationsNewStatusAreStoredTogetherAndReplacedOnReEvaluation() {
        ApplicationRecord candidate = endorsed("E1", "车工");

        AssessmentResultRecord first = results.record(
                result(candidate, "81.25", true),
                a -> a.withStatus(ApplicationStatus.PASSED, a.enterpriseOpinion()),
                HR);

        assertEquals(
                ApplicationStatus.PASSED,
                applications.find(candidate.id()).orElseThrow().status());
        AssessmentResultRecord stored =
                results.findByApplication(candidate.id()).orElseThrow();
        assertEquals(first, stored);
        assertEquals(new BigDecimal("81.25"), stored.total());
        assertEquals(
                "org.skilleval.plugin.oraldefense", stored.provenance().get(0).bundleSymbolicName());
        assertEquals(new BigDecimal("27.50"), stored.inputs().get(0).points().get("innovation"));

        AssessmentResultRecord second = results.record(
                result(candidate, "55.00", false),
                a -> a.withStatus(ApplicationStatus.FAILED, a.enterpriseOpinion()),
                HR);

        assertEquals(first.id(), second.id());
        assertFalse(results.findByApplication(candidate.id()).orElseThrow().passed());
        assertEquals(
                ApplicationStatus.FAILED,
                applications.find(candidate.id()).orElseThrow().status());
        results.recordRecompute(first.id(), "identical", new AuditActor("province", "province"));
        assertEquals(
                List.of("recompute", "re-evaluate", "evaluate"),
                audit.of("AssessmentResult", Long.toString(first.id()), 0, 10).items().stream()
                        .map(AuditEvent::action)
                        .toList());
        assertEquals(
                "assess",
                audit.of("Application", Long.toString(candidate.id()), 0, 10)
                        .items()
                        .get(0)
                        .action());
    }

    @Test
    void eachMethodsExpertTotalsAreStoredWithTheirDigits() {
        ApplicationRecord candidate = endorsed("E1", "车工");
        AssessmentResultRecord withTotals = withExpertTotals(
                result(candidate, "81.25", true), Map.of("e1", new BigDecimal("84.00"), "e2", new BigDecimal("77.50")));

        results.record(withTotals, a -> a.withStatus(ApplicationStatus.PASSED, a.enterpriseOpinion()), HR);

        AssessmentResultRecord stored =
                results.findByApplication(candidate.id()).orElseThrow();
        assertEquals(
                Map.of("e1", new BigDecimal("84.00"), "e2", new BigDecimal("77.50")),
                stored.methods().get(0).expertTotals());
        assertEquals(withTotals.methods(), stored.methods());
    }

    @Test
    void aResultStoredBeforeExpertTotalsExistedStillLoadsWithNone() {
        ApplicationRecord candidate = endorsed("E1", "车工");
        AssessmentResultRecord recorded = results.record(
                withExpertTotals(result(candidate, "81.25", true), Map.of("e1", new BigDecimal("84.00"))),
                a -> a.withStatus(ApplicationStatus.PASSED, a.enterpriseOpinion()),
                HR);
        // The document as the previous release wrote it: no expertTotals key at all.
        String json = JsonDocuments.write(recorded.withIdentity(0, 0));
        String old = json.replaceAll(",\\s*\"expertTotals\"\\s*:\\s*\\{[^}]*\\}", "");
        assertFalse(old.contains("expertTotals"), old);
        assertTrue(old.contains("\"itemScores\""), old);
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            em.createQuery("UPDATE AssessmentResultEntity r SET r.result = :json WHERE r.id = :id")
                    .setParameter("json", old)
                    .setParameter("id", recorded.id())
                    .executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }

        AssessmentResultRecord loaded =
                results.findByApplication(candidate.id()).orElseThrow();

        assertEquals(Map.of(), loaded.methods().get(0).expertTotals());
        assertEquals(new BigDecimal("81.25"), loaded.methods().get(0).score());
        assertEquals(
                new BigDecimal("17.00"), loaded.methods().get(0).itemScores().get("innovation"));
        assertEquals(recorded.inputs(), loaded.inputs());
    }

    @Test
    void aRefusedApplicationChangeStoresNoResult() {
        ApplicationRecord candidate = endorsed("E1", "车工");

        assertThrows(
                RuleViolationException.class,
                () -> results.record(
                        result(candidate, "81.25", true),
                        a -> {
                            throw new RuleViolationException("status", "state", "不行", "no");
                        },
                        HR));

        assertTrue(results.findByApplication(candidate.id()).isEmpty());
        assertEquals(
                ApplicationStatus.ENDORSED,
                applications.find(candidate.id()).orElseThrow().status());
    }

    @Test
    void supervisionNotesAreListedLatestVisitFirstWithinTheFilter() {
        JpaSupervisionNoteStore notes = new JpaSupervisionNoteStore(
                entityManagerFactory, Clock.fixed(Instant.parse("2027-02-10T02:00:00Z"), ZoneOffset.UTC));
        AuditActor province = new AuditActor("province", "province");
        notes.create(nanjing, LocalDate.of(2027, 2, 1), "评委会组成符合方案", null, "车工", province);
        SupervisionNoteRecord later =
                notes.create(nanjing, LocalDate.of(2027, 2, 8), "答辩计时不规范", 5L, "", new AuditActor("nj", "city"));
        notes.create(suzhou, LocalDate.of(2027, 2, 5), "现场秩序良好", null, null, province);
        long round = nanjing.roundId();

        Page<SupervisionNoteRecord> ofNanjing = notes.list(round, null, null, nanjing.id(), 0, 10);

        assertEquals(
                List.of("答辩计时不规范", "评委会组成符合方案"),
                ofNanjing.items().stream().map(SupervisionNoteRecord::findings).toList());
        assertEquals(2, notes.list(round, "3201", null, null, 0, 10).total());
        assertEquals(
                1, notes.list(round, null, suzhou.creditCode(), null, 0, 10).total());
        SupervisionNoteRecord stored = notes.find(later.id()).orElseThrow();
        assertEquals("city", stored.recordedByRole());
        assertEquals(5L, stored.panelId());
        assertEquals(Instant.parse("2027-02-10T02:00:00Z"), stored.recordedAt());
        assertEquals(
                "record-supervision",
                audit.of("SupervisionNote", Long.toString(later.id()), 0, 10)
                        .items()
                        .get(0)
                        .action());
    }

    private List<Long> candidateIds(long round, String city, String enterprise, String expert) {
        List<Long> ids = panels.candidates(round, city, enterprise, expert, ASSESSED, 0, 20).items().stream()
                .map(ApplicationRecord::id)
                .toList();
        assertEquals(
                ids,
                panels.candidateSummaries(round, city, enterprise, expert, ASSESSED, 0, 20).items().stream()
                        .map(ApplicationSummary::id)
                        .toList(),
                "the summaries are the same candidates");
        return ids;
    }

    private ApplicationRecord endorsed(String applicant, String occupation) {
        return endorse(
                applications.create(nanjing, applicant, form(occupation), new AuditActor(applicant, "applicant")));
    }

    private ApplicationRecord endorse(ApplicationRecord draft) {
        return applications.update(
                draft.id(), draft.version(), "endorse", "", HR, a -> a.submitted(new EligibilityDecision(
                                true, Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), List.of(), List.of(), null))
                        .withStatus(ApplicationStatus.ENDORSED, "同意"));
    }

    private static AssessmentResultRecord result(ApplicationRecord application, String total, boolean passed) {
        return new AssessmentResultRecord(
                0,
                0,
                application.id(),
                application.roundId(),
                application.participationId(),
                application.creditCode(),
                application.cityCode(),
                new BigDecimal(total),
                passed,
                List.of(new Text("总分 " + total, "Total " + total)),
                List.of(new MethodOutcome(
                        "oral-defense",
                        new BigDecimal(total),
                        new BigDecimal("100"),
                        Map.of("innovation", new BigDecimal("17.00")),
                        false,
                        List.of())),
                List.of(new Provenance(
                        "ASSESSMENT_METHOD",
                        "oral-defense",
                        "org.skilleval.plugin.oraldefense",
                        "1.0.0",
                        Map.of("minExperts", "3"),
                        "ab".repeat(32))),
                List.of(new SheetInput("oral-defense", "e1", Map.of("innovation", new BigDecimal("27.50")), "")),
                "cd".repeat(32),
                Instant.parse("2027-02-01T02:00:00Z"),
                "hr");
    }

    private static AssessmentResultRecord withExpertTotals(
            AssessmentResultRecord result, Map<String, BigDecimal> totals) {
        MethodOutcome m = result.methods().get(0);
        return new AssessmentResultRecord(
                result.id(),
                result.version(),
                result.applicationId(),
                result.roundId(),
                result.participationId(),
                result.creditCode(),
                result.cityCode(),
                result.total(),
                result.passed(),
                result.reasons(),
                List.of(new MethodOutcome(
                        m.methodId(), m.score(), m.maxScore(), m.itemScores(), m.vetoed(), m.reasons(), totals)),
                result.provenance(),
                result.inputs(),
                result.inputsSha256(),
                result.evaluatedAt(),
                result.evaluatedBy());
    }

    private static List<PanelMember> members(String chair, String... others) {
        List<PanelMember> members = new java.util.ArrayList<>();
        members.add(new PanelMember(chair, "专家" + chair, "南京工业大学", "教授", true));
        for (String other : others) {
            members.add(new PanelMember(other, "专家" + other, "南京某装备集团", "", false));
        }
        return members;
    }

    private static ApplicationForm form(String occupation) {
        return new ApplicationForm(
                "王师傅",
                null,
                "photo-1",
                YearMonth.of(1970, 12),
                "大专",
                null,
                null,
                null,
                "南京某装备集团",
                "机加车间",
                "南京市江宁区",
                "wang@example.com",
                "13912345678",
                "精密车削",
                List.of(),
                List.of(),
                "攻克高精度主轴加工难题",
                List.of(),
                List.of(),
                List.of(),
                null,
                occupation,
                EligibilityPath.A_SENIOR_TECHNICIAN,
                null,
                true,
                null,
                List.of());
    }
}
