package org.skilleval.core.persistence.internal;

import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;

@Entity
@Table(
        name = "APPLICATION",
        uniqueConstraints = {
            @UniqueConstraint(
                    name = "UQ_APP_PERSON",
                    columnNames = {"ROUND_ID", "ID_NUMBER"}),
            @UniqueConstraint(
                    name = "UQ_APP_APPLICANT",
                    columnNames = {"ROUND_ID", "APPLICANT_KEY"})
        },
        indexes = {
            // with ELIGIBLE, the province's statistics of a round read these indexes only, never the rows;
            // the city's has the id after the status, so that a city's page filtered by status reads
            // only the entries of that status, in id order (and so its limited count's probe)
            @Index(name = "IDX_APPLICATION_ROUND_CITY", columnList = "ROUND_ID,CITY_CODE,STATUS,ID,ELIGIBLE"),
            @Index(name = "IDX_APPLICATION_ROUND_ENTERPRISE", columnList = "ROUND_ID,CREDIT_CODE,STATUS,ELIGIBLE"),
            @Index(name = "IDX_APPLICATION_ID_NUMBER", columnList = "ID_NUMBER"),
            // the round's first pages in id order without sorting the whole round
            @Index(name = "IDX_APP_ROUND_ID", columnList = "ROUND_ID,ID"),
            // the same for a city's and an enterprise's pages (the tenant-scoped lists): the filter and
            // the order in one index, so that Derby reads the page off the index instead of sorting;
            // the columns after the id are what the lists filter on, so that a page's COUNT (the
            // assessments' candidate filter included) is answered from the index, not the base rows
            @Index(
                    name = "IDX_APP_ROUND_CITY_LIST",
                    columnList = "ROUND_ID,CITY_CODE,ID,STATUS,ELIGIBLE,PARTICIPATION_ID,APPLIED_OCCUPATION"),
            @Index(
                    name = "IDX_APP_ROUND_CREDIT_LIST",
                    columnList = "ROUND_ID,CREDIT_CODE,ID,STATUS,ELIGIBLE,PARTICIPATION_ID,APPLIED_OCCUPATION"),
            // the same for the round's pages filtered by status
            @Index(name = "IDX_APP_ROUND_STATUS", columnList = "ROUND_ID,STATUS,ID,ELIGIBLE"),
            // a city's, an enterprise's and the round's candidates (the assessments page): only the
            // applications with a panel that entered the assessment, in id order, so that a page and its
            // limited count's probe read no other entries. All begin (round, in assessment): with the
            // city first, Derby read the round's page from the city's index whole and sorted it
            @Index(name = "IDX_APP_CITY_CANDIDATES", columnList = "ROUND_ID,IN_ASSESSMENT,CITY_CODE,ID,STATUS"),
            @Index(name = "IDX_APP_ROUND_CANDIDATES", columnList = "ROUND_ID,IN_ASSESSMENT,ID,STATUS"),
            @Index(name = "IDX_APP_CREDIT_CANDIDATES", columnList = "ROUND_ID,IN_ASSESSMENT,CREDIT_CODE,ID,STATUS")
        })
public class ApplicationEntity implements VersionedEntity<ApplicationRecord> {

    /**
     * The columns a list reads, never the form's CLOB; {@link #summary} turns a row into a summary.
     * The last one says whether the name, ID number and occupation columns can stand for the form.
     */
    static final String SUMMARY_COLUMNS = "e.id, e.version, e.roundId, e.participationId, e.creditCode, e.cityCode,"
            + " e.applicantKey, e.applicantName, e.idNumber, e.appliedOccupation, e.status, e.eligible, e.summaryExact";

    private static final int ID_NUMBER_LENGTH = 18;
    private static final int OCCUPATION_LENGTH = 100;
    private static final int NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "PARTICIPATION_ID", nullable = false)
    private long participationId;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "APPLICANT_KEY", nullable = false, length = 128)
    private String applicantKey;

    /** Kept as a column too: one application per person and round, and sanctions look people up by it. */
    @Column(name = "ID_NUMBER", length = ID_NUMBER_LENGTH)
    private String idNumber;

    @Column(name = "APPLIED_OCCUPATION", length = OCCUPATION_LENGTH)
    private String appliedOccupation;

    /** Kept as a column too, for lists, which must not read the form's CLOB. */
    @Column(name = "APPLICANT_NAME", length = NAME_LENGTH)
    private String applicantName;

    /**
     * Whether the name, ID number and occupation columns hold the form's values exactly (none was
     * too long for its column); {@code null} on rows stored before these columns existed. A list
     * reads the form only for rows where this is not true.
     */
    @Column(name = "SUMMARY_EXACT")
    private Boolean summaryExact;

    /**
     * Whether a panel of the application's enterprise is for its occupation: {@code PANEL} holds a row
     * with this {@code PARTICIPATION_ID} and {@code OCCUPATION = TRIM(APPLIED_OCCUPATION)}. Kept in step
     * by the two places that change either side ({@link JpaApplicationStore} when an application is
     * created or its form changes, {@link JpaPanelStore} when a panel is created; panels are never
     * removed and never change their enterprise or occupation), so that a city's candidates are an
     * index range instead of a join with every panel of the database (docs/performance.md, "City
     * candidates: tenth session").
     */
    @Column(name = "HAS_PANEL", nullable = false)
    private boolean hasPanel;

    /**
     * Whether the application is a candidate of the assessment: it {@linkplain #hasPanel has a panel}
     * and its status is one of {@link ApplicationLifecycle#ENTERED_ASSESSMENT}. Set whenever either
     * changes, so that the candidates of a city, an enterprise or the round are one range of their
     * index, not every application with a panel (docs/performance.md, "Reads: eleventh session").
     */
    @Column(name = "IN_ASSESSMENT", nullable = false)
    private boolean inAssessment;

    @Lob
    @Column(name = "FORM_JSON", nullable = false)
    private String form;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "ELIGIBLE")
    private Boolean eligible;

    @Lob
    @Column(name = "ELIGIBILITY_JSON")
    private String eligibility;

    @Column(name = "ENTERPRISE_OPINION", length = 2000)
    private String enterpriseOpinion;

    protected ApplicationEntity() {
        // for JPA
    }

    ApplicationEntity(ParticipationRecord participation, String applicantKey, ApplicationForm form) {
        this.roundId = participation.roundId();
        this.participationId = participation.id();
        this.creditCode = participation.creditCode();
        this.cityCode = participation.cityCode();
        this.applicantKey = applicantKey;
        this.status = ApplicationStatus.DRAFT;
        this.enterpriseOpinion = "";
        setForm(form);
    }

    private void setForm(ApplicationForm newForm) {
        this.form = JsonDocuments.write(newForm);
        this.idNumber = fitting(newForm.idNumber(), ID_NUMBER_LENGTH);
        this.appliedOccupation = fitting(newForm.appliedOccupation(), OCCUPATION_LENGTH);
        this.applicantName = fitting(newForm.name(), NAME_LENGTH);
        this.summaryExact = Objects.equals(idNumber, newForm.idNumber())
                && Objects.equals(appliedOccupation, newForm.appliedOccupation())
                && Objects.equals(applicantName, newForm.name());
    }

    /**
     * The occupation a panel must name to be this application's: the column's value with the spaces
     * around it taken off, as SQL's {@code TRIM} does (no other whitespace), or {@code null} when the
     * form's occupation did not fit its column (no panel can then be the application's).
     */
    String panelOccupation() {
        if (appliedOccupation == null) {
            return null;
        }
        int start = 0;
        int end = appliedOccupation.length();
        while (start < end && appliedOccupation.charAt(start) == ' ') {
            start++;
        }
        while (end > start && appliedOccupation.charAt(end - 1) == ' ') {
            end--;
        }
        return appliedOccupation.substring(start, end);
    }

    long participationId() {
        return participationId;
    }

    void setHasPanel(boolean hasPanel) {
        this.hasPanel = hasPanel;
        this.inAssessment = inAssessment(hasPanel, status);
    }

    /** The value of {@code IN_ASSESSMENT} for an application with or without a panel, in this status. */
    static boolean inAssessment(boolean hasPanel, ApplicationStatus status) {
        return hasPanel && ApplicationLifecycle.ENTERED_ASSESSMENT.contains(status);
    }

    private static String fitting(String value, int length) {
        return value == null || value.length() > length ? null : value;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(ApplicationRecord changed) {
        setForm(changed.form());
        this.status = changed.status();
        this.inAssessment = inAssessment(hasPanel, status);
        this.eligible =
                changed.eligibility() == null ? null : changed.eligibility().eligible();
        this.eligibility = JsonDocuments.write(changed.eligibility());
        this.enterpriseOpinion = changed.enterpriseOpinion();
    }

    /** A row of {@link #SUMMARY_COLUMNS}, or {@code null} when its columns are not exact. */
    static ApplicationSummary summary(Object[] row) {
        if (!Boolean.TRUE.equals(row[12])) {
            return null;
        }
        return new ApplicationSummary(
                (Long) row[0],
                (Long) row[1],
                (Long) row[2],
                (Long) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (String) row[8],
                (String) row[9],
                (ApplicationStatus) row[10],
                (Boolean) row[11]);
    }

    @Override
    public ApplicationRecord toRecord() {
        return new ApplicationRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                cityCode,
                applicantKey,
                JsonDocuments.read(form, ApplicationForm.class),
                status,
                JsonDocuments.read(eligibility, EligibilityDecision.class),
                enterpriseOpinion);
    }
}
