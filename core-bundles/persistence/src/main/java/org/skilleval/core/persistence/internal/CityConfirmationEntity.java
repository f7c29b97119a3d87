package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * The province's confirmation of the 设区市 an enterprise belongs to, for an enterprise whose credit
 * code names no city (registered with the province or outside Jiangsu), with the reason. The latest
 * confirmation of a code is the one in force; earlier ones stay as history.
 */
@Entity
@Table(name = "CITY_CONFIRMATION", indexes = @Index(name = "IDX_CITY_CONFIRMATION_CODE", columnList = "CREDIT_CODE,ID"))
public class CityConfirmationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "REASON", nullable = false, length = 2000)
    private String reason;

    @Column(name = "CONFIRMED_BY", nullable = false, length = 128)
    private String confirmedBy;

    @Column(name = "CONFIRMED_AT", nullable = false)
    private Instant confirmedAt;

    protected CityConfirmationEntity() {
        // for JPA
    }

    CityConfirmationEntity(String creditCode, String cityCode, String reason, String confirmedBy) {
        this.creditCode = creditCode;
        this.cityCode = cityCode;
        this.reason = reason;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = Instant.now();
    }

    String cityCode() {
        return cityCode;
    }

    @Override
    public String toString() {
        return "CityConfirmation[creditCode=" + creditCode + ", city=" + cityCode + ", reason=" + reason + "]";
    }
}
