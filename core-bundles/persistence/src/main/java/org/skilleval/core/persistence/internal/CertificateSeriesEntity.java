package org.skilleval.core.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The last serial number given in one certificate series (positions 1–16 of the code: organisation,
 * province, site, year, level). Issuers lock the row, so two issues never draw the same serial.
 */
@Entity
@Table(name = "CERT_SERIES")
public class CertificateSeriesEntity {

    @Id
    @Column(name = "SERIES_KEY", length = 16)
    private String seriesKey;

    @Column(name = "LAST_SERIAL", nullable = false)
    private int lastSerial;

    protected CertificateSeriesEntity() {
        // for JPA
    }

    CertificateSeriesEntity(String seriesKey) {
        this.seriesKey = seriesKey;
    }

    /** @return the next serial, now taken */
    int next() {
        lastSerial++;
        return lastSerial;
    }
}
