package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One extra place for a city in a round, granted by the province with a reason. */
@Entity
@Table(
        name = "QUOTA_OVERRIDE",
        indexes = @Index(name = "IDX_QUOTA_OVERRIDE_ROUND_CITY", columnList = "ROUND_ID,CITY_CODE"))
public class QuotaOverrideEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "REASON", nullable = false, length = 2000)
    private String reason;

    @Column(name = "GRANTED_BY", nullable = false, length = 128)
    private String grantedBy;

    @Column(name = "GRANTED_AT", nullable = false)
    private Instant grantedAt;

    protected QuotaOverrideEntity() {
        // for JPA
    }

    QuotaOverrideEntity(long roundId, String cityCode, String reason, String grantedBy) {
        this.roundId = roundId;
        this.cityCode = cityCode;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = Instant.now();
    }

    long id() {
        return id;
    }

    @Override
    public String toString() {
        return "QuotaOverride[round=" + roundId + ", city=" + cityCode + ", reason=" + reason + "]";
    }
}
