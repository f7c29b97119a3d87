package org.skilleval.core.persistence.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
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
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ScoreSheetRecord;

@Entity
@Table(
        name = "SCORE_SHEET",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_SHEET",
                        columnNames = {"APPLICATION_ID", "METHOD_ID", "EXPERT_ID"}),
        indexes = @Index(name = "IDX_SHEET_PANEL", columnList = "PANEL_ID,SUBMITTED_AT"))
public class ScoreSheetEntity implements VersionedEntity<ScoreSheetRecord> {

    /** The version EclipseLink gives a new entity's numeric {@link Version} column. */
    static final long INITIAL_VERSION = 1;

    /** The points as one JSON document: the items are the plugin's, an open set. */
    public record Points(Map<String, BigDecimal> points) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Column(name = "PANEL_ID", nullable = false)
    private long panelId;

    @Column(name = "METHOD_ID", nullable = false, length = 64)
    private String methodId;

    @Column(name = "EXPERT_ID", nullable = false, length = 64)
    private String expertId;

    @Lob
    @Column(name = "POINTS_JSON", nullable = false)
    private String points;

    @Column(name = "COMMENT_TEXT", length = 4000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ScoreSheetRecord.Status status;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Column(name = "UNLOCK_REASON", length = 2000)
    private String unlockReason;

    /** OPEN, KEPT or REVISED; {@code null} when the sheet carries no divergence flag. */
    @Column(name = "DIVERGENCE", length = 16)
    private String divergenceState;

    @Lob
    @Column(name = "DIVERGENCE_JSON")
    private String divergence;

    /**
     * The points this object wrote to {@link #points}, so that the record of a sheet just saved is
     * not parsed back from the JSON it was written to (a twentieth of a save's CPU time);
     * {@code null} on a sheet read from the database, whose record parses the column.
     */
    private transient Map<String, BigDecimal> pointsWritten;

    protected ScoreSheetEntity() {
        // for JPA
    }

    ScoreSheetEntity(
            long applicationId,
            long panelId,
            String methodId,
            String expertId,
            Map<String, BigDecimal> points,
            String comment) {
        this.applicationId = applicationId;
        this.panelId = panelId;
        this.methodId = methodId;
        this.expertId = expertId;
        this.points = pointsJson(points);
        this.pointsWritten = points == null ? null : Collections.unmodifiableMap(new TreeMap<>(points));
        this.comment = comment == null ? "" : comment;
        this.status = ScoreSheetRecord.Status.DRAFT;
        this.unlockReason = "";
    }

    /**
     * Inserts a new draft sheet in the transaction of {@code entityManager} and returns its record.
     * Through JDBC ({@link GeneratedIdInsert}) rather than {@code persist}: saving a sheet is the
     * platform's most frequent write, and the object would not be used again in its transaction.
     * Writes what EclipseLink would write for a new entity of this class, version 1 included.
     */
    static ScoreSheetRecord insertDraft(
            EntityManager entityManager,
            long applicationId,
            long panelId,
            String methodId,
            String expertId,
            Map<String, BigDecimal> points,
            String comment) {
        ScoreSheetEntity sheet = new ScoreSheetEntity(applicationId, panelId, methodId, expertId, points, comment);
        sheet.version = INITIAL_VERSION;
        sheet.id = GeneratedIdInsert.insert(
                entityManager,
                "INSERT INTO SCORE_SHEET (VERSION, APPLICATION_ID, PANEL_ID, METHOD_ID, EXPERT_ID, POINTS_JSON,"
                        + " COMMENT_TEXT, STATUS, UNLOCK_REASON) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setLong(1, sheet.version);
                    statement.setLong(2, sheet.applicationId);
                    statement.setLong(3, sheet.panelId);
                    statement.setString(4, sheet.methodId);
                    statement.setString(5, sheet.expertId);
                    statement.setString(6, sheet.points);
                    statement.setString(7, sheet.comment);
                    statement.setString(8, sheet.status.name());
                    statement.setString(9, sheet.unlockReason);
                });
        return sheet.toRecord();
    }

    String expertId() {
        return expertId;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(ScoreSheetRecord changed) {
        this.points = pointsJson(changed.points());
        this.pointsWritten = changed.points();
        this.comment = changed.comment();
        this.status = changed.status();
        this.submittedAt = changed.submittedAt();
        this.unlockReason = changed.unlockReason();
        DivergenceFlag flag = changed.divergence();
        this.divergence = flag == null ? null : JsonDocuments.write(flag);
        this.divergenceState =
                flag == null ? null : flag.undecided() ? "OPEN" : flag.outcome().name();
    }

    @Override
    public ScoreSheetRecord toRecord() {
        Map<String, BigDecimal> stored = pointsWritten != null ? pointsWritten : storedPoints();
        return new ScoreSheetRecord(
                id,
                version,
                applicationId,
                panelId,
                methodId,
                expertId,
                stored,
                comment,
                status,
                submittedAt,
                unlockReason,
                divergence == null ? null : JsonDocuments.read(divergence, DivergenceFlag.class));
    }

    /**
     * The JSON of {@link Points}, as Jackson writes it ({@code {"points":{"item":25}}}, the map in its
     * own order, each number as {@link BigDecimal#toString}; {@code ScoreSheetEntityTest} compares
     * them): written directly, because setting up Jackson's generator and serializers for these few
     * characters was a twentieth of a sheet save's CPU time (docs/performance.md, "Writes: eleventh
     * session"). Read back with Jackson.
     */
    static String pointsJson(Map<String, BigDecimal> points) {
        if (points == null) {
            return JsonDocuments.write(new Points(null));
        }
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        StringBuilder json = new StringBuilder(16 + 32 * points.size()).append("{\"points\":{");
        boolean first = true;
        for (Map.Entry<String, BigDecimal> item : points.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append('"')
                    .append(encoder.quoteAsString(item.getKey()))
                    .append("\":")
                    .append(item.getValue());
        }
        return json.append("}}").toString();
    }

    private Map<String, BigDecimal> storedPoints() {
        Points stored = JsonDocuments.read(points, Points.class);
        return stored == null || stored.points() == null ? Map.of() : stored.points();
    }
}
