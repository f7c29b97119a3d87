package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.RoundSchedule;

/** Lists of applications read the summary columns, never the form, and page like the full list. */
class ApplicationSummariesTest {

    private static final AuditActor APPLICANT = new AuditActor("wang", "applicant");

    private EmbeddedDataSource dataSource;
    private EntityManagerFactory entityManagerFactory;
    private JpaApplicationStore applications;
    private long round;

    @BeforeEach
    void openDatabase() {
        dataSource = InMemoryDatabase.dataSource();
        entityManagerFactory = SqlRecorder.persistenceUnit(dataSource);
        applications = new JpaApplicationStore(entityManagerFactory);
        round = new JpaRoundStore(entityManagerFactory)
                .create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), new AuditActor("province", "province"))
                .id();
        JpaParticipationStore participations = new JpaParticipationStore(entityManagerFactory);
        ParticipationRecord nanjing = participations.recommend(
                round,
                "91320100MA1NJ0001M",
                "南京某装备集团",
                "3201",
                new EnterpriseEvidence(true, true, 40, false, false),
                (c, o) -> true,
                new AuditActor("nanjing", "city"));
        ParticipationRecord suzhou = participations.recommend(
                round,
                "91320500MA1SZ0001M",
                "苏州某精密机械",
                "3205",
                new EnterpriseEvidence(true, true, 40, false, false),
                (c, o) -> true,
                new AuditActor("suzhou", "city"));
        for (int i = 0; i < 25; i++) {
            ParticipationRecord enterprise = i % 3 == 0 ? suzhou : nanjing;
            ApplicationRecord created = applications.create(
                    enterprise,
                    "E" + i,
                    named(JpaApplicationStoreTest.form(String.format("3201021970010100%02d", i)), "职工" + i),
                    APPLICANT);
            if (i % 4 == 0) {
                boolean eligible = i % 8 == 0;
                applications.update(
                        created.id(),
                        created.version(),
                        "submit",
                        "",
                        APPLICANT,
                        a -> a.submitted(new EligibilityDecision(eligible, Set.of(), List.of(), List.of(), null)));
            }
        }
        // drafts as typed: an ID number too long for its column, no name at all
        applications.create(nanjing, "E-long", JpaApplicationStoreTest.form("3201021970010100991234"), APPLICANT);
        applications.create(nanjing, "E-blank", named(JpaApplicationStoreTest.form(null), null), APPLICANT);
        SqlRecorder.STATEMENTS.clear();
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void summariesAreTheFullListsLinesInTheSameOrderPageByPage() {
        for (String city : new String[] {null, "3201", "3205"}) {
            for (ApplicationStatus status : new ApplicationStatus[] {null, ApplicationStatus.SUBMITTED}) {
                for (int offset = 0; offset < 30; offset += 7) {
                    Page<ApplicationRecord> full = applications.list(round, city, null, null, status, null, offset, 7);
                    Page<ApplicationSummary> summaries =
                            applications.summaries(round, city, null, null, status, null, offset, 7);
                    assertEquals(
                            full.items().stream().map(ApplicationSummary::of).toList(),
                            summaries.items(),
                            "city " + city + ", status " + status + ", offset " + offset);
                    assertEquals(full.total(), summaries.total());
                }
            }
        }
        Page<ApplicationSummary> eligible = applications.summaries(round, null, null, null, null, true, 0, 50);
        assertEquals(
                Set.of(true),
                Set.copyOf(eligible.items().stream()
                        .map(ApplicationSummary::eligible)
                        .toList()));
        assertEquals(
                applications.list(round, null, null, "E7", null, null, 0, 5).items().stream()
                        .map(ApplicationSummary::of)
                        .toList(),
                applications
                        .summaries(round, null, null, "E7", null, null, 0, 5)
                        .items());
    }

    /**
     * The page of summaries (in two steps for a city's and the round's lists: ids and count off the
     * list index, then the rows by key; in one query of the summary columns for an enterprise's)
     * selects what the entity query selects, for every tenant scope: an enterprise sees only its own,
     * a city only its enterprises', an applicant only their own.
     */
    @Test
    void everyTenantScopeAndFilterPagesTheSameLinesAsTheEntityList() {
        String[] enterprises = {null, "91320100MA1NJ0001M", "91320500MA1SZ0001M", "91320000MA1NONE00X"};
        String[] cities = {null, "3201", "3205"};
        Boolean[] eligibility = {null, true, false};
        for (String enterprise : enterprises) {
            for (String city : cities) {
                for (Boolean eligible : eligibility) {
                    for (int offset = 0; offset < 30; offset += 6) {
                        Page<ApplicationRecord> full =
                                applications.list(round, city, enterprise, null, null, eligible, offset, 6);
                        Page<ApplicationSummary> summaries =
                                applications.summaries(round, city, enterprise, null, null, eligible, offset, 6);
                        String where = enterprise + ", " + city + ", eligible " + eligible + ", offset " + offset;
                        assertEquals(
                                full.items().stream()
                                        .map(ApplicationSummary::of)
                                        .toList(),
                                summaries.items(),
                                where);
                        assertEquals(full.total(), summaries.total(), where);
                        assertTrue(
                                summaries.items().stream()
                                        .allMatch(line -> (enterprise == null || enterprise.equals(line.creditCode()))
                                                && (city == null || city.equals(line.cityCode()))),
                                where);
                    }
                }
            }
        }
        assertEquals(
                0,
                applications
                        .summaries(round, "3205", "91320100MA1NJ0001M", null, null, null, 0, 10)
                        .total());
        assertEquals(
                List.of("E7"),
                applications.summaries(round, null, null, "E7", null, null, 0, 5).items().stream()
                        .map(ApplicationSummary::applicantKey)
                        .toList());
    }

    @Test
    void aPageOfSummariesNeverReadsTheFormOrTheEligibilityDecision() throws SQLException {
        applications.summaries(round, "3201", null, null, null, null, 0, 20);

        List<String> selects = SqlRecorder.STATEMENTS.stream()
                .filter(sql -> sql.startsWith("SELECT"))
                .toList();
        assertFalse(selects.isEmpty(), "no SQL recorded");
        // the two drafts whose columns are not exact are on this page and read their form on their own
        List<String> listQueries =
                selects.stream().filter(sql -> !sql.contains(" IN (")).toList();
        assertTrue(
                listQueries.stream().noneMatch(sql -> sql.contains("FORM_JSON") || sql.contains("ELIGIBILITY_JSON")),
                listQueries.toString());

        // a form that cannot be read at all does not disturb the list
        execute("UPDATE APPLICATION SET FORM_JSON = 'not a form' WHERE SUMMARY_EXACT = 1");
        Page<ApplicationSummary> page = applications.summaries(round, "3201", null, null, null, null, 0, 20);
        assertEquals(18, page.total());
        assertEquals("职工1", page.items().get(0).name());
        entityManagerFactory.getCache().evictAll();
        assertThrows(
                RuntimeException.class,
                () -> applications.find(page.items().get(0).id()));
    }

    @Test
    void rowsWithoutExactSummaryColumnsAreSummarisedFromTheirForm() throws SQLException {
        List<ApplicationSummary> before = applications
                .summaries(round, null, null, null, null, null, 0, 50)
                .items();
        // as in a database created before these columns existed
        execute("UPDATE APPLICATION SET APPLICANT_NAME = NULL, SUMMARY_EXACT = NULL WHERE APPLICANT_KEY = 'E4'");

        List<ApplicationSummary> after = applications
                .summaries(round, null, null, null, null, null, 0, 50)
                .items();
        assertEquals(before, after);
        ApplicationSummary tooLong = after.stream()
                .filter(summary -> summary.applicantKey().equals("E-long"))
                .findFirst()
                .orElseThrow();
        assertEquals("3201021970010100991234", tooLong.idNumber());
        assertEquals(27, after.size());
        assertTrue(
                after.stream().anyMatch(summary -> summary.applicantKey().equals("E-blank") && summary.name() == null));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static ApplicationForm named(ApplicationForm form, String name) {
        return new ApplicationForm(
                name,
                form.idNumber(),
                form.photoAttachmentId(),
                form.birthMonth(),
                form.education(),
                form.administrativeOrTechnicalPost(),
                form.professionalTitle(),
                form.qualification(),
                form.employer(),
                form.department(),
                form.address(),
                form.email(),
                form.phone(),
                form.fieldOfExpertise(),
                form.educationAndCareer(),
                form.educationAndCareerAttachmentIds(),
                form.achievements(),
                form.achievementsAttachmentIds(),
                form.awards(),
                form.awardsAttachmentIds(),
                form.declaration(),
                form.appliedOccupation(),
                form.basis(),
                form.postSince(),
                form.stillInOccupation(),
                form.professionalTitleRecord(),
                form.priorityConditions());
    }
}
