package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ObjectionCounts;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.CertificateCode;
import org.skilleval.core.rules.CertificateLifecycle;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ObjectionLifecycle;
import org.skilleval.core.rules.ObjectionStatus;
import org.skilleval.core.rules.ProposalEntryLifecycle;
import org.skilleval.core.rules.ProposalEntryStatus;
import org.skilleval.core.rules.ProposalListLifecycle;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.Reason;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.StateMachine;

/** Proposal lists, objections and certificates on the real persistence unit. */
class JpaPublicityStoresTest {

    private static final AuditActor HR = new AuditActor("hr", "enterprise");
    private static final AuditActor PROVINCE = new AuditActor("province", "province");
    private static final LocalDate ISSUED = LocalDate.of(2027, 3, 20);

    private EmbeddedDataSource data;
    private EntityManagerFactory entityManagerFactory;
    private JpaApplicationStore applications;
    private JpaProposalListStore lists;
    private JpaObjectionStore objections;
    private JpaCertificateStore certificates;
    private JpaAuditTrail audit;
    private long round;
    private ParticipationRecord participation;

    @BeforeEach
    void openDatabase() {
        data = InMemoryDatabase.dataSource();
        entityManagerFactory = InMemoryDatabase.persistenceUnit(data);
        applications = new JpaApplicationStore(entityManagerFactory);
        lists = new JpaProposalListStore(entityManagerFactory);
        objections = new JpaObjectionStore(entityManagerFactory);
        certificates = new JpaCertificateStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
        round = new JpaRoundStore(entityManagerFactory)
                .create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), PROVINCE)
                .id();
        participation = recommend("91320100MA1NJ0001M");
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aListCopiesNameGenderAndOccupationAndNeverTheFullIdNumber() {
        ApplicationRecord man = passed(participation, "E1", "王五", id("32010219800101001"));
        ApplicationRecord woman = passed(participation, "E2", "赵六", id("32010219800101002"));

        ProposalListRecord list = lists.create(participation, List.of(man, woman), HR);

        assertEquals(ProposalListStatus.DRAFT, list.status());
        assertEquals(
                List.of("男", "女"),
                list.entries().stream().map(ProposalEntry::gender).toList());
        assertEquals(
                "3201************1" + man.form().idNumber().charAt(17),
                list.entries().get(0).maskedIdNumber());
        assertEquals(list, lists.find(list.id()).orElseThrow());
        String trail = trail("ProposalList", list.id());
        assertFalse(trail.contains(man.form().idNumber()), trail);
    }

    @Test
    void aParticipationHasOneListAndAnApplicationIsOnOneListAtMost() {
        ApplicationRecord candidate = passed(participation, "E1", "王五", id("32010219800101001"));
        lists.create(participation, List.of(candidate), HR);

        ConflictException twice =
                assertThrows(ConflictException.class, () -> lists.create(participation, List.of(), HR));

        assertEquals(ConflictException.Kind.DUPLICATE, twice.kind());
    }

    @Test
    void revisingKeepsTheEntriesThatStayAndAddsNewOnes() {
        ApplicationRecord first = passed(participation, "E1", "王五", id("32010219800101001"));
        ApplicationRecord second = passed(participation, "E2", "赵六", id("32010219800101002"));
        ProposalListRecord list = lists.create(participation, List.of(first), HR);
        long keptEntry = list.entries().get(0).id();

        ProposalListRecord revised = lists.update(
                list.id(),
                list.version(),
                "revise",
                "",
                HR,
                l -> l.withEntries(List.of(l.entries().get(0), ProposalEntry.of(second))));

        assertEquals(2, revised.entries().size());
        assertEquals(keptEntry, revised.entries().get(0).id());
        assertEquals(second.id(), revised.entries().get(1).applicationId());
    }

    @Test
    void submittingProposesEveryListedApplicationInTheSameTransaction() {
        ApplicationRecord candidate = passed(participation, "E1", "王五", id("32010219800101001"));
        ProposalListRecord list = lists.create(participation, List.of(candidate), HR);
        Reason warning = new Reason("proposal-share-high", "占比高", "share high");

        ProposalListRecord submitted = submit(list, warning);

        assertEquals(ProposalListStatus.SUBMITTED, submitted.status());
        assertEquals(warning, submitted.shareWarning());
        assertEquals(LocalDate.of(2027, 2, 22), submitted.enterpriseStart());
        assertEquals(ApplicationStatus.PROPOSED, status(candidate));
        assertEquals(
                "propose",
                audit.of("Application", Long.toString(candidate.id()), 0, 1)
                        .items()
                        .get(0)
                        .action());
        assertEquals(1, lists.list(round, null, null, true, null, 0, 10).total());
        assertEquals(0, lists.list(round, null, null, false, null, 0, 10).total());
    }

    @Test
    void aRefusedSubmissionWritesNothing() {
        ApplicationRecord candidate = passed(participation, "E1", "王五", id("32010219800101001"));
        ProposalListRecord list = lists.create(participation, List.of(candidate), HR);

        assertThrows(
                RuleViolationException.class,
                () -> lists.submit(
                        list.id(),
                        list.version(),
                        HR,
                        (l, apps) -> {
                            throw new RuleViolationException("status", "state", "不行", "no");
                        },
                        PROPOSE));

        assertEquals(
                ProposalListStatus.DRAFT, lists.find(list.id()).orElseThrow().status());
        assertEquals(ApplicationStatus.PASSED, status(candidate));
    }

    @Test
    void statisticsCountTheObjectionsAgainstEachGroupsCandidates() {
        ApplicationRecord first = passed(participation, "E1", "王五", id("32010219800101001"));
        ApplicationRecord second = passed(participation, "E2", "赵六", id("32010219800101002"));
        ProposalListRecord list = submit(lists.create(participation, List.of(first, second), HR), null);
        objections.create(list.id(), list.entries().get(0).id(), "业绩造假", "", "", Instant.now(), anonymous());
        objections.create(list.id(), list.entries().get(0).id(), "重复举报", "", "", Instant.now(), anonymous());
        JpaStatisticsStore statistics = new JpaStatisticsStore(entityManagerFactory);

        StatisticsRow city = statistics
                .count(StatisticsDimension.CITY, participation.roundId(), null, null)
                .get(0);
        StatisticsRow occupation = statistics
                .count(StatisticsDimension.OCCUPATION, null, "3201", null)
                .get(0);

        // the fixture passes candidates without an eligibility decision, hence 0 eligible
        assertEquals(new StatisticsRow("3201", "南京", 2, 0, 2, 0, 0, 2), city);
        assertEquals(2, occupation.objections());
        assertEquals(List.of(), statistics.count(StatisticsDimension.CITY, participation.roundId(), "3205", null));
    }

    @Test
    void aStaleSubmissionIsAConflict() {
        ProposalListRecord list =
                lists.create(participation, List.of(passed(participation, "E1", "王五", id("32010219800101001"))), HR);

        ConflictException stale = assertThrows(
                ConflictException.class,
                () -> lists.submit(
                        list.id(), list.version() + 1, HR, (l, apps) -> l.submitted(null, null, null), PROPOSE));

        assertEquals(ConflictException.Kind.STALE_VERSION, stale.kind());
    }

    @Test
    void anUpheldObjectionRemovesTheCandidateAndADismissedOneDoesNot() {
        ApplicationRecord first = passed(participation, "E1", "王五", id("32010219800101001"));
        ApplicationRecord second = passed(participation, "E2", "赵六", id("32010219800101002"));
        ProposalListRecord list = submit(lists.create(participation, List.of(first, second), HR), null);
        ProposalEntry firstEntry = list.entries().get(0);
        ProposalEntry secondEntry = list.entries().get(1);
        ObjectionRecord against1 =
                objections.create(list.id(), firstEntry.id(), "业绩造假", "举报人", "13800000000", Instant.now(), anonymous());
        ObjectionRecord against2 =
                objections.create(list.id(), secondEntry.id(), "不实", "", "", Instant.now(), anonymous());

        assertTrue(against1.receiptNumber().matches("YY(-[2-9A-HJ-NP-Z]{4}){3}"), against1.receiptNumber());
        assertEquals(Map.of(list.id(), new ObjectionCounts(2, 0, 0)), objections.counts(List.of(list.id())));

        objections.resolve(
                against1.id(),
                against1.version(),
                true,
                "核实属实",
                PROVINCE,
                resolved(true, "核实属实"),
                entry(ProposalEntryLifecycle.REMOVE, "核实属实"),
                REMOVE);
        objections.resolve(
                against2.id(),
                against2.version(),
                false,
                "经核查不属实",
                HR,
                resolved(false, "经核查不属实"),
                entry(ProposalEntryLifecycle.REMOVE, "经核查不属实"),
                REMOVE);

        ProposalListRecord after = lists.find(list.id()).orElseThrow();
        assertEquals(ProposalEntryStatus.REMOVED, after.entries().get(0).status());
        assertEquals("核实属实", after.entries().get(0).note());
        assertEquals(ProposalEntryStatus.LISTED, after.entries().get(1).status());
        assertEquals(ApplicationStatus.REMOVED, status(first));
        assertEquals(ApplicationStatus.PROPOSED, status(second));
        assertEquals(Map.of(list.id(), new ObjectionCounts(0, 1, 1)), objections.counts(List.of(list.id())));
        assertEquals(
                1,
                objections
                        .list(round, list.id(), null, null, ObjectionStatus.UPHELD, 0, 10)
                        .total());
        String trail = trail("Objection", against1.id());
        assertFalse(trail.contains("13800000000"), trail);
        assertFalse(trail.contains("举报人"), trail);
        assertTrue(trail.contains("uphold"), trail);
    }

    @Test
    void anObjectionToAnEntryOfAnotherListIsNotFound() {
        ProposalListRecord list =
                lists.create(participation, List.of(passed(participation, "E1", "王五", id("32010219800101001"))), HR);

        assertThrows(
                org.skilleval.core.domain.NotFoundException.class,
                () -> objections.create(list.id(), 999, "x", "", "", Instant.now(), anonymous()));
    }

    @Test
    void certificatesTakeTheNextSerialsOfTheirSeriesWithTAtPosition16() {
        ProposalListRecord list = published(participation, "E", "32010219800101001", "32010219800101002");

        List<CertificateRecord> issued = issue(certificates, list, "320100");

        assertEquals(
                List.of("Y000032320100" + "27T000001", "Y000032320100" + "27T000002"),
                issued.stream().map(CertificateRecord::code).toList());
        for (CertificateRecord certificate : issued) {
            CertificateCode code = CertificateCode.parse(certificate.code(), "code");
            assertEquals('T', certificate.code().charAt(15));
            assertTrue(code.isPrincipalTechnician());
            assertEquals(CertificateStatus.VALID, certificate.status());
            assertEquals(ApplicationStatus.CERTIFIED, status(certificate.applicationId()));
        }
        assertEquals(
                ProposalListStatus.CERTIFIED,
                lists.find(list.id()).orElseThrow().status());
        assertEquals(
                issued.get(0), certificates.findByCode(issued.get(0).code()).orElseThrow());
        assertEquals(issued.get(0), certificates.find(issued.get(0).id()).orElseThrow());
        assertTrue(certificates.find(issued.get(0).id() + 1000).isEmpty());

        ParticipationRecord other = recommend("91320100MA1NJ0002K");
        ProposalListRecord otherList = published(other, "F", "32010219800101003");
        List<CertificateRecord> next = issue(certificates, otherList, "320100");
        assertEquals("Y00003232010027T000003", next.get(0).code(), "the series continues across enterprises");
        ProposalListRecord thirdList = published(recommend("91320100MA1NJ0003G"), "G", "32010219800101004");
        List<CertificateRecord> otherSite = issue(certificates, thirdList, "320200");
        assertEquals("Y00003232020027T000001", otherSite.get(0).code(), "another site is another series");
        assertEquals(
                4,
                certificates
                        .list(round, null, "3201", null, CertificateStatus.VALID, 0, 10)
                        .total());
    }

    @Test
    void nodesIssuingOneSeriesAtOnceDrawEachSerialOnce() throws Exception {
        // A second persistence unit on the same database, with a session of its own: another node.
        EntityManagerFactory otherNode =
                InMemoryDatabase.persistenceUnit(data, Map.of("eclipselink.session-name", "other-node"));
        try {
            List<JpaCertificateStore> nodes = List.of(
                    certificates, new JpaCertificateStore(otherNode), certificates, new JpaCertificateStore(otherNode));
            List<ProposalListRecord> published = List.of(
                    published(participation, "E", "32010219800101001", "32010219800101002"),
                    published(recommend("91320100MA1NJ0002K"), "F", "32010219800101003", "32010219800101004"),
                    published(recommend("91320100MA1NJ0003G"), "G", "32010219800101005", "32010219800101006"),
                    published(recommend("91320100MA1NJ0005C"), "H", "32010219800101007", "32010219800101008"));
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(published.size());
            java.util.concurrent.ExecutorService issuers =
                    java.util.concurrent.Executors.newFixedThreadPool(published.size());
            List<java.util.concurrent.Future<List<CertificateRecord>>> issuing = new java.util.ArrayList<>();
            for (int i = 0; i < published.size(); i++) {
                JpaCertificateStore node = nodes.get(i);
                ProposalListRecord list = published.get(i);
                issuing.add(issuers.submit(() -> {
                    together.await();
                    return issue(node, list, "320100");
                }));
            }
            java.util.Set<String> codes = new java.util.TreeSet<>();
            for (java.util.concurrent.Future<List<CertificateRecord>> issued : issuing) {
                issued.get().forEach(certificate -> codes.add(certificate.code()));
            }
            issuers.shutdown();

            java.util.Set<String> expected = new java.util.TreeSet<>();
            for (int serial = 1; serial <= 8; serial++) {
                expected.add(String.format("Y00003232010027T%06d", serial));
            }
            assertEquals(expected, codes, "eight certificates, serials 1 to 8, each once");
        } finally {
            otherNode.close();
        }
    }

    @Test
    void onlyProposedCandidatesStillListedGetACertificate() {
        ProposalListRecord list = published(participation, "E", "32010219800101001", "32010219800101002");
        ObjectionRecord objection =
                objections.create(list.id(), list.entries().get(1).id(), "不实", "", "", Instant.now(), anonymous());
        objections.resolve(
                objection.id(),
                objection.version(),
                true,
                "属实",
                PROVINCE,
                resolved(true, "属实"),
                entry(ProposalEntryLifecycle.REMOVE, "属实"),
                REMOVE);
        ProposalListRecord current = lists.find(list.id()).orElseThrow();

        List<CertificateRecord> issued = issue(certificates, current, "320100");

        assertEquals(1, issued.size());
        assertEquals(list.entries().get(0).applicationId(), issued.get(0).applicationId());
    }

    @Test
    void theCheckSeesOpenObjectionsAndARefusalIssuesNothing() {
        ProposalListRecord list = published(participation, "E", "32010219800101001");
        objections.create(list.id(), list.entries().get(0).id(), "不实", "", "", Instant.now(), anonymous());

        assertThrows(
                RuleViolationException.class,
                () -> certificates.issue(
                        list.id(),
                        list.version(),
                        'Y',
                        "0000",
                        "320100",
                        ISSUED,
                        HR,
                        (l, open) -> {
                            if (open > 0) {
                                throw new RuleViolationException("listId", "objections-open", "有异议", "open");
                            }
                        },
                        CERTIFY,
                        CERTIFY_ENTRY,
                        CERTIFY_LIST));

        assertEquals(0, certificates.list(round, null, null, null, null, 0, 10).total());
        assertEquals(
                ProposalListStatus.PUBLISHED,
                lists.find(list.id()).orElseThrow().status());
    }

    @Test
    void aMalformedSiteCodeIsRefusedBeforeAnythingIsWritten() {
        ProposalListRecord list = published(participation, "E", "32010219800101001");

        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> certificates.issue(
                        list.id(),
                        list.version(),
                        'Y',
                        "0000",
                        "3201",
                        ISSUED,
                        HR,
                        (l, o) -> {},
                        CERTIFY,
                        CERTIFY_ENTRY,
                        CERTIFY_LIST));

        assertEquals("siteCode", refused.field());
        assertEquals("site-code", refused.rule());
    }

    @Test
    void cancellingACandidateRevokesTheCertificateAndTakesThemOffTheList() {
        ProposalListRecord list = published(participation, "E", "32010219800101001", "32010219800101002");
        List<CertificateRecord> issued = certificates.issue(
                list.id(),
                list.version(),
                'Y',
                "0000",
                "320100",
                ISSUED,
                HR,
                (l, o) -> {},
                CERTIFY,
                CERTIFY_ENTRY,
                CERTIFY_LIST);
        long cheat = issued.get(0).applicationId();

        ApplicationRecord cancelled = lists.cancelCandidate(
                cheat,
                "弄虚作假：业绩造假",
                PROVINCE,
                CANCEL,
                entry(ProposalEntryLifecycle.CANCEL, "弄虚作假：业绩造假"),
                revoke("弄虚作假：业绩造假"));

        assertEquals(ApplicationStatus.CANCELLED, cancelled.status());
        CertificateRecord revoked =
                certificates.findByCode(issued.get(0).code()).orElseThrow();
        assertEquals(CertificateStatus.REVOKED, revoked.status());
        assertEquals("弄虚作假：业绩造假", revoked.revocationReason());
        assertEquals(
                CertificateStatus.VALID,
                certificates.findByCode(issued.get(1).code()).orElseThrow().status());
        assertEquals(
                ProposalEntryStatus.CANCELLED,
                lists.find(list.id()).orElseThrow().entries().get(0).status());
        assertEquals(
                "revoke",
                audit.of("Certificate", Long.toString(revoked.id()), 0, 1)
                        .items()
                        .get(0)
                        .action());
        assertEquals(
                cancelled,
                lists.cancelCandidate(
                        cheat,
                        "again",
                        PROVINCE,
                        CANCEL,
                        entry(ProposalEntryLifecycle.CANCEL, "again"),
                        revoke("again")),
                "a second cancellation changes nothing");
    }

    @Test
    void thePublicSeesListsWhoseProvincePublicityStartedAndEndedRecently() {
        ProposalListRecord list = published(participation, "E", "32010219800101001");
        lists.create(
                recommend("91320100MA1NJ0002K"),
                List.of(passed(recommend("91320100MA1NJ0003G"), "Q", "张", id("32010219800101009"))),
                HR);

        // published() publicises from 2027-03-01 to 2027-03-05
        assertEquals(
                0,
                lists.publicised(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 1, 29), 0, 10)
                        .total());
        assertEquals(
                List.of(list.id()),
                lists.publicised(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 30), 0, 10).items().stream()
                        .map(ProposalListRecord::id)
                        .toList());
        assertEquals(
                1,
                lists.publicised(LocalDate.of(2027, 4, 4), LocalDate.of(2027, 3, 5), 0, 10)
                        .total());
        assertEquals(
                0,
                lists.publicised(LocalDate.of(2027, 4, 5), LocalDate.of(2027, 3, 6), 0, 10)
                        .total());
    }

    @Test
    void anApplicationIsFoundByRoundAndIdNumber() {
        String idNumber = id("32010219800101001");
        ApplicationRecord candidate = passed(participation, "E1", "王五", idNumber);

        assertEquals(
                candidate.id(),
                applications
                        .findByRoundAndIdNumber(round, idNumber)
                        .orElseThrow()
                        .id());
        assertTrue(applications.findByRoundAndIdNumber(round + 1, idNumber).isEmpty());
        assertTrue(applications
                .findByRoundAndIdNumber(round, id("32010219800101003"))
                .isEmpty());
    }

    // --- helpers: the decisions the lifecycle passes, from the same tables

    private static final UnaryOperator<ApplicationRecord> PROPOSE = move(ApplicationLifecycle.PROPOSE);
    private static final UnaryOperator<ApplicationRecord> REMOVE = move(ApplicationLifecycle.REMOVE);
    private static final UnaryOperator<ApplicationRecord> CERTIFY = move(ApplicationLifecycle.CERTIFY);
    private static final UnaryOperator<ApplicationRecord> CANCEL = move(ApplicationLifecycle.CANCEL);
    private static final UnaryOperator<ProposalListRecord> CERTIFY_LIST =
            l -> l.withStatus(ProposalListLifecycle.CERTIFY.target(l.status()));

    private static final BiFunction<ProposalEntry, String, ProposalEntry> CERTIFY_ENTRY =
            (e, code) -> entry(ProposalEntryLifecycle.CERTIFY, code).apply(e);

    private static UnaryOperator<ProposalEntry> entry(
            StateMachine.Transition<ProposalEntryStatus> transition, String why) {
        return e -> e.status() == transition.targetOrSame(e.status())
                ? e
                : e.withStatus(transition.target(e.status()), why);
    }

    private static UnaryOperator<ApplicationRecord> move(StateMachine.Transition<ApplicationStatus> transition) {
        return a -> a.withStatus(transition.targetOrSame(a.status()), a.enterpriseOpinion());
    }

    private static UnaryOperator<CertificateRecord> revoke(String reason) {
        return c -> c.status() == CertificateLifecycle.REVOKE.targetOrSame(c.status())
                ? c
                : c.withStatus(CertificateLifecycle.REVOKE.target(c.status()), reason);
    }

    private static UnaryOperator<ObjectionRecord> resolved(boolean upheld, String note) {
        return o -> o.resolved(
                (upheld ? ObjectionLifecycle.UPHOLD : ObjectionLifecycle.DISMISS).target(o.status()),
                note,
                "someone",
                Instant.now());
    }

    private ProposalListRecord submit(ProposalListRecord list, Reason warning) {
        return lists.submit(
                list.id(),
                list.version(),
                HR,
                (l, apps) -> l.submitted(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 26), warning),
                PROPOSE);
    }

    /** A list of passed candidates, submitted and publicised from 1 to 5 March 2027. */
    /** Issues the list's certificates through {@code store} for the site {@code site}, as the enterprise. */
    private static List<CertificateRecord> issue(JpaCertificateStore store, ProposalListRecord list, String site) {
        return store.issue(
                list.id(),
                list.version(),
                'Y',
                "0000",
                site,
                ISSUED,
                HR,
                (l, open) -> {},
                CERTIFY,
                CERTIFY_ENTRY,
                CERTIFY_LIST);
    }

    private ProposalListRecord published(ParticipationRecord of, String prefix, String... first17s) {
        List<ApplicationRecord> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < first17s.length; i++) {
            candidates.add(passed(of, prefix + i, "候选人" + prefix + i, id(first17s[i])));
        }
        ProposalListRecord submitted = submit(lists.create(of, candidates, HR), null);
        return lists.update(
                submitted.id(),
                submitted.version(),
                "publish",
                "",
                PROVINCE,
                l -> l.published(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5)));
    }

    private ParticipationRecord recommend(String creditCode) {
        return new JpaParticipationStore(entityManagerFactory)
                .recommend(
                        round,
                        creditCode,
                        "南京某装备集团" + creditCode.substring(14),
                        "3201",
                        new EnterpriseEvidence(true, true, 40, false, false),
                        (c, o) -> true,
                        new AuditActor("nanjing", "city"));
    }

    private ApplicationRecord passed(ParticipationRecord of, String employee, String name, String idNumber) {
        ApplicationRecord created = applications.create(of, of.creditCode() + "-" + employee, form(name, idNumber), HR);
        return applications.update(
                created.id(), created.version(), "pass", "", HR, a -> a.withStatus(ApplicationStatus.PASSED, ""));
    }

    private ApplicationStatus status(ApplicationRecord application) {
        return status(application.id());
    }

    private ApplicationStatus status(long applicationId) {
        return applications.find(applicationId).orElseThrow().status();
    }

    private String trail(String type, long id) {
        return audit.of(type, Long.toString(id), 0, 50).items().stream()
                .map(AuditEvent::toString)
                .collect(Collectors.joining("\n"));
    }

    private static AuditActor anonymous() {
        return new AuditActor("anonymous", "public");
    }

    private static String id(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static ApplicationForm form(String name, String idNumber) {
        return new ApplicationForm(
                name, idNumber, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, "车工", null, null, true, null, null);
    }

    @Test
    void noWarningIsStoredAsNoWarning() {
        ProposalListRecord list = submit(
                lists.create(participation, List.of(passed(participation, "E1", "王五", id("32010219800101001"))), HR),
                null);

        assertNull(lists.find(list.id()).orElseThrow().shareWarning());
    }
}
