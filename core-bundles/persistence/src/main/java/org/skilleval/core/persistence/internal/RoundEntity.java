package org.skilleval.core.persistence.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RoundSchedule;

@Entity
@Table(
        name = "ROUND",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_ROUND_YEAR_BATCH",
                        columnNames = {"ROUND_YEAR", "BATCH"}),
        indexes = @Index(name = "IDX_ROUND_YEAR", columnList = "ROUND_YEAR"))
public class RoundEntity implements VersionedEntity<RoundRecord> {

    /** The columns of a round's record, in the order {@link #record(Object[])} reads them. */
    static final String COLUMNS = "e.id, e.version, e.year, e.batch, e.title, e.recommendationDue, e.workPlanDue,"
            + " e.planReviewDue, e.evaluationDue, e.publicityDue, e.certificationDue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "ROUND_YEAR", nullable = false)
    private int year;

    @Column(name = "BATCH", nullable = false)
    private int batch;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "RECOMMENDATION_DUE", nullable = false)
    private LocalDate recommendationDue;

    @Column(name = "WORK_PLAN_DUE", nullable = false)
    private LocalDate workPlanDue;

    @Column(name = "PLAN_REVIEW_DUE", nullable = false)
    private LocalDate planReviewDue;

    @Column(name = "EVALUATION_DUE", nullable = false)
    private LocalDate evaluationDue;

    @Column(name = "PUBLICITY_DUE", nullable = false)
    private LocalDate publicityDue;

    @Column(name = "CERTIFICATION_DUE", nullable = false)
    private LocalDate certificationDue;

    protected RoundEntity() {
        // for JPA
    }

    RoundEntity(int year, int batch, String title, RoundSchedule schedule) {
        this.year = year;
        this.batch = batch;
        this.title = title;
        setSchedule(schedule);
    }

    long id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(RoundRecord changed) {
        this.title = changed.title();
        setSchedule(changed.schedule());
    }

    private void setSchedule(RoundSchedule schedule) {
        recommendationDue = schedule.deadline(RoundPhase.RECOMMENDATION);
        workPlanDue = schedule.deadline(RoundPhase.WORK_PLAN);
        planReviewDue = schedule.deadline(RoundPhase.PLAN_REVIEW);
        evaluationDue = schedule.deadline(RoundPhase.EVALUATION);
        publicityDue = schedule.deadline(RoundPhase.PUBLICITY);
        certificationDue = schedule.deadline(RoundPhase.CERTIFICATION);
    }

    @Override
    public RoundRecord toRecord() {
        return record(new Object[] {
            id,
            version,
            year,
            batch,
            title,
            recommendationDue,
            workPlanDue,
            planReviewDue,
            evaluationDue,
            publicityDue,
            certificationDue
        });
    }

    /** The record of a row of {@link #COLUMNS}. */
    static RoundRecord record(Object[] row) {
        Map<RoundPhase, LocalDate> deadlines = new EnumMap<>(RoundPhase.class);
        deadlines.put(RoundPhase.RECOMMENDATION, (LocalDate) row[5]);
        deadlines.put(RoundPhase.WORK_PLAN, (LocalDate) row[6]);
        deadlines.put(RoundPhase.PLAN_REVIEW, (LocalDate) row[7]);
        deadlines.put(RoundPhase.EVALUATION, (LocalDate) row[8]);
        deadlines.put(RoundPhase.PUBLICITY, (LocalDate) row[9]);
        deadlines.put(RoundPhase.CERTIFICATION, (LocalDate) row[10]);
        return new RoundRecord(
                (Long) row[0],
                (Long) row[1],
                (Integer) row[2],
                (Integer) row[3],
                (String) row[4],
                new RoundSchedule(deadlines));
    }
}
