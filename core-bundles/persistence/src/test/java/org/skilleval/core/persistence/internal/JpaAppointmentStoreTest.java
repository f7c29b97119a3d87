package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AppointmentSettings;
import org.skilleval.core.domain.AppointmentStatisticsRow;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.rules.AppointmentStatus;
import org.skilleval.core.rules.ResidentIdNumber;

/** The appointment store on the real persistence unit and an in-memory Derby database. */
class JpaAppointmentStoreTest {

    private static final AuditActor HR = new AuditActor("hr", "enterprise");
    private static final String ZHANG = valid("32010219900307123");
    private static final String LI = valid("32058119850615001");
    private static final String ENTERPRISE = "91350100M000100Y43";

    private EntityManagerFactory entityManagerFactory;
    private JpaAppointmentStore appointments;
    private JpaAuditTrail audit;

    private static String valid(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        appointments = new JpaAppointmentStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void anAppointmentIsStoredAndAuditedWithoutTheFullIdNumber() {
        AppointmentRecord created = appointments.create(
                draft(ZHANG, 31, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31)), "appoint", "", HR);

        assertEquals(created, appointments.find(created.id()).orElseThrow());
        List<AuditEvent> trail =
                audit.of("Appointment", Long.toString(created.id()), 0, 10).items();
        assertEquals(1, trail.size());
        assertEquals("appoint", trail.get(0).action());
        assertFalse(trail.get(0).after().contains(ZHANG), trail.get(0).after());
        assertTrue(trail.get(0).after().contains("post=数控车床首席技师"), trail.get(0).after());
    }

    @Test
    void theDatabaseRefusesASecondAppointmentInForceForOnePerson() {
        appointments.create(draft(ZHANG, 31, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31)), "appoint", "", HR);

        ConflictException refused = assertThrows(
                ConflictException.class,
                () -> appointments.create(
                        draft(ZHANG, 32, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31)), "appoint", "", HR));
        assertEquals(ConflictException.Kind.DUPLICATE, refused.kind());
        assertEquals(1, appointments.forHolder(ZHANG).size(), "nothing was written");
    }

    @Test
    void anEndedAppointmentFreesThePersonForTheNext() {
        AppointmentRecord first = appointments.create(
                draft(ZHANG, 31, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31)), "appoint", "", HR);
        appointments.update(
                first.id(),
                first.version(),
                "end",
                "调岗",
                HR,
                a -> a.ended(AppointmentStatus.ENDED, LocalDate.of(2026, 9, 30), "调岗"));

        appointments.create(draft(ZHANG, 31, LocalDate.of(2026, 10, 1), LocalDate.of(2029, 9, 30)), "appoint", "", HR);

        assertEquals(2, appointments.forHolder(ZHANG).size());
        assertEquals(1, appointments.inForceForApplication(31).size());
    }

    @Test
    void theDueListHoldsCurrentAppointmentsWhoseTermEndsByTheDay() {
        appointments.create(draft(ZHANG, 31, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)), "appoint", "", HR);
        appointments.create(draft(LI, 32, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31)), "appoint", "", HR);

        var due = appointments.list(null, ENTERPRISE, AppointmentStatus.CURRENT, LocalDate.of(2027, 3, 6), 0, 20);

        assertEquals(1, due.total());
        assertEquals(ZHANG, due.items().get(0).holderIdNumber());
        assertEquals(0, appointments.list("3202", null, null, null, 0, 20).total(), "another city sees none");
    }

    @Test
    void statisticsCountAppointedDueRenewedAndEnded() {
        AppointmentRecord due = appointments.create(
                draft(ZHANG, 31, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)), "appoint", "", HR);
        AppointmentRecord ended = appointments.create(
                draft(LI, 32, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31)), "appoint", "", HR);
        appointments.update(
                ended.id(), 1, "end", "调岗", HR, a -> a.ended(AppointmentStatus.ENDED, LocalDate.of(2026, 9, 30), "调岗"));

        List<AppointmentStatisticsRow> rows =
                appointments.statistics(StatisticsDimension.CITY, null, LocalDate.of(2027, 3, 6));

        assertEquals(1, rows.size());
        AppointmentStatisticsRow nanjing = rows.get(0);
        assertEquals("3201", nanjing.key());
        assertEquals("南京", nanjing.label());
        assertEquals(1, nanjing.appointed());
        assertEquals(1, nanjing.dueForReview());
        assertEquals(0, nanjing.renewed());
        assertEquals(1, nanjing.ended());
        assertEquals(1.0, nanjing.endingRate());
        assertEquals(due.id(), appointments.inForceForApplication(31).get(0).id());
    }

    @Test
    void settingsAreStoredWithTheirCategoriesAndRefuseAStaleVersion() {
        assertEquals(AppointmentSettings.none(ENTERPRISE), appointments.settings(ENTERPRISE));

        AppointmentSettings saved =
                appointments.saveSettings(new AppointmentSettings(ENTERPRISE, 0, 5, List.of("一档", "二档"), true), HR);

        assertEquals(List.of("一档", "二档"), appointments.settings(ENTERPRISE).treatmentCategories());
        assertEquals(5, appointments.settings(ENTERPRISE).defaultTermYears());
        assertTrue(appointments.settings(ENTERPRISE).publishAppointments());
        assertThrows(
                ConflictException.class,
                () -> appointments.saveSettings(new AppointmentSettings(ENTERPRISE, 0, 3, List.of(), false), HR));
        appointments.saveSettings(new AppointmentSettings(ENTERPRISE, saved.version(), null, List.of(), false), HR);
        assertEquals(List.of(), appointments.settings(ENTERPRISE).treatmentCategories());
    }

    private static AppointmentRecord draft(String idNumber, long applicationId, LocalDate start, LocalDate termEnd) {
        return new AppointmentRecord(
                0,
                0,
                applicationId + 100,
                "Y00003232010026T0000" + applicationId,
                applicationId,
                idNumber,
                "张三",
                "车工",
                ENTERPRISE,
                "南京重工",
                "3201",
                "数控车床首席技师",
                "金工车间",
                start,
                termEnd,
                "一档",
                "宁重人〔2026〕12号",
                AppointmentStatus.CURRENT,
                null,
                "",
                null,
                null,
                "",
                null);
    }
}
