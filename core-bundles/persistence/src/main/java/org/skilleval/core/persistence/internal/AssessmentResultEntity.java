package org.skilleval.core.persistence.internal;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.AssessmentResultRecord;

/**
 * A result: the columns lists and checks need, and the whole result (method results, provenance,
 * inputs) as one JSON document, which nothing queries inside.
 */
@Entity
@Table(
        name = "ASSESSMENT_RESULT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_RESULT_APP", columnNames = "APPLICATION_ID"),
        indexes = {
            @Index(name = "IDX_RESULT_ROUND", columnList = "ROUND_ID,CREDIT_CODE"),
            // a round's ranking read from the index alone, already in its order (no sort)
            @Index(name = "IDX_RESULT_RANKING", columnList = "ROUND_ID,TOTAL DESC,APPLICATION_ID,CREDIT_CODE,PASSED")
        })
public class AssessmentResultEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "TOTAL", nullable = false, precision = 12, scale = 4)
    private BigDecimal total;

    @Column(name = "PASSED", nullable = false)
    private boolean passed;

    @Column(name = "INPUTS_SHA256", nullable = false, length = 64)
    private String inputsSha256;

    @Column(name = "EVALUATED_AT", nullable = false)
    private Instant evaluatedAt;

    @Lob
    @Column(name = "RESULT_JSON", nullable = false)
    private String result;

    protected AssessmentResultEntity() {
        // for JPA
    }

    AssessmentResultEntity(AssessmentResultRecord record) {
        this.applicationId = record.applicationId();
        replace(record);
    }

    void replace(AssessmentResultRecord record) {
        this.roundId = record.roundId();
        this.creditCode = record.creditCode();
        this.total = record.total();
        this.passed = record.passed();
        this.inputsSha256 = record.inputsSha256();
        this.evaluatedAt = record.evaluatedAt();
        this.result = JsonDocuments.write(record.withIdentity(0, 0));
    }

    AssessmentResultRecord toRecord() {
        return JsonDocuments.read(result, AssessmentResultRecord.class).withIdentity(id, version);
    }
}
