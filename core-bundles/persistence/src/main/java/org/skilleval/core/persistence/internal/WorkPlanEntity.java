package org.skilleval.core.persistence.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.rules.WorkPlanStatus;

@Entity
@Table(
        name = "WORK_PLAN",
        uniqueConstraints = @UniqueConstraint(name = "UQ_WORK_PLAN_PARTICIPATION", columnNames = "PARTICIPATION_ID"),
        indexes = {
            @Index(name = "IDX_WORK_PLAN_ROUND_CITY", columnList = "ROUND_ID,CITY_CODE,STATUS"),
            @Index(name = "IDX_WORK_PLAN_ENTERPRISE", columnList = "CREDIT_CODE"),
            // The approved plans are read for the pinned versions of a plugin.
            @Index(name = "IDX_WP_STATUS", columnList = "STATUS")
        })
public class WorkPlanEntity implements VersionedEntity<WorkPlanRecord> {

    private static final String METHOD = "method";
    private static final String SCHEME = "scheme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "PARTICIPATION_ID", nullable = false)
    private long participationId;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    /** One occupation per line. */
    @Lob
    @Column(name = "OCCUPATIONS")
    private String occupations;

    @Lob
    @Column(name = "CRITERIA")
    private String criteria;

    @Lob
    @Column(name = "METHODS")
    private String methods;

    @Lob
    @Column(name = "SCHEME")
    private String scheme;

    @Lob
    @Column(name = "ORGANISATION")
    private String organisation;

    @Lob
    @Column(name = "SCHEDULE_TEXT")
    private String schedule;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private WorkPlanStatus status;

    /** 高级技师 per occupation, one {@code occupation<TAB>count} line each, in the plan's order. */
    @Column(name = "SENIOR_TECHNICIANS", length = 4000)
    private String seniorTechnicians;

    @Column(name = "REVIEW_NOTE", length = 2000)
    private String reviewNote;

    protected WorkPlanEntity() {
        // for JPA
    }

    WorkPlanEntity(ParticipationRecord participation, WorkPlanRecord.Content content) {
        this.participationId = participation.id();
        this.roundId = participation.roundId();
        this.creditCode = participation.creditCode();
        this.cityCode = participation.cityCode();
        this.status = WorkPlanStatus.DRAFT;
        this.reviewNote = "";
        setContent(content);
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(WorkPlanRecord changed) {
        setContent(changed.content());
        this.status = changed.status();
        this.reviewNote = changed.reviewNote();
    }

    private void setContent(WorkPlanRecord.Content content) {
        this.occupations = String.join("\n", content.occupations());
        this.criteria = content.criteria();
        this.methods = PluginChoiceCodec.encode(content.methods(), METHOD);
        this.scheme = PluginChoiceCodec.encode(content.scheme(), SCHEME);
        this.organisation = content.organisation();
        this.schedule = content.schedule();
        this.seniorTechnicians = encodeCounts(content.seniorTechnicians());
    }

    private static String encodeCounts(Map<String, Integer> counts) {
        StringBuilder encoded = new StringBuilder();
        counts.forEach((occupation, count) -> {
            if (encoded.length() > 0) {
                encoded.append('\n');
            }
            encoded.append(occupation).append('\t').append(count);
        });
        return encoded.toString();
    }

    static Map<String, Integer> decodeCounts(String encoded) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String line : encoded.split("\n")) {
                int tab = line.lastIndexOf('\t');
                counts.put(line.substring(0, tab), Integer.valueOf(line.substring(tab + 1)));
            }
        }
        return counts;
    }

    @Override
    public WorkPlanRecord toRecord() {
        List<String> occupationList =
                occupations == null || occupations.isEmpty() ? List.of() : Arrays.asList(occupations.split("\n"));
        return new WorkPlanRecord(
                id,
                version,
                participationId,
                roundId,
                creditCode,
                cityCode,
                occupationList,
                criteria,
                PluginChoiceCodec.decodeList(methods, METHOD),
                PluginChoiceCodec.decode(scheme, SCHEME),
                organisation,
                schedule,
                status,
                reviewNote,
                decodeCounts(seniorTechnicians));
    }

    /** The number of methods in a stored {@code METHODS} column, read without the rest of the plan. */
    static int methodCount(String storedMethods) {
        return PluginChoiceCodec.decodeList(storedMethods, METHOD).size();
    }
}
