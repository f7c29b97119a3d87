package org.skilleval.core.persistence.internal;

import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.skilleval.core.domain.AppointmentSettings;

@Entity
@Table(name = "APPOINTMENT_SETTINGS")
public class AppointmentSettingsEntity {

    /** One category a line: categories are single-line names. */
    private static final String SEPARATOR = "\n";

    @Id
    @Column(name = "CREDIT_CODE", length = 18)
    private String creditCode;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "DEFAULT_TERM_YEARS")
    private Integer defaultTermYears;

    @Column(name = "TREATMENT_CATEGORIES", length = 8000)
    private String treatmentCategories;

    @Column(name = "PUBLISH_APPOINTMENTS", nullable = false)
    private boolean publishAppointments;

    protected AppointmentSettingsEntity() {
        // for JPA
    }

    AppointmentSettingsEntity(String creditCode) {
        this.creditCode = creditCode;
    }

    long version() {
        return version;
    }

    void apply(AppointmentSettings settings) {
        this.defaultTermYears = settings.defaultTermYears();
        this.treatmentCategories = String.join(SEPARATOR, settings.treatmentCategories());
        this.publishAppointments = settings.publishAppointments();
    }

    AppointmentSettings toRecord() {
        List<String> categories = treatmentCategories == null || treatmentCategories.isEmpty()
                ? List.of()
                : Arrays.asList(treatmentCategories.split(SEPARATOR));
        return new AppointmentSettings(creditCode, version, defaultTermYears, categories, publishAppointments);
    }
}
