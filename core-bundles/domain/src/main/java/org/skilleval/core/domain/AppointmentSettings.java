package org.skilleval.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a pilot enterprise decides for its appointments: the default term, its list of treatment
 * categories (e.g. the salary grade or allowance it grants) and whether public certificate
 * verification may say that a holder is appointed by it.
 *
 * @param creditCode the enterprise
 * @param version the optimistic-locking version; 0 for settings never stored
 * @param defaultTermYears the default term in years; {@code null} for the platform's default
 * @param treatmentCategories the categories an appointment may name, in the enterprise's order
 * @param publishAppointments whether public verification shows the holder's current appointment
 */
public record AppointmentSettings(
        String creditCode,
        long version,
        Integer defaultTermYears,
        List<String> treatmentCategories,
        boolean publishAppointments) {

    public AppointmentSettings {
        Objects.requireNonNull(creditCode, "creditCode");
        treatmentCategories = treatmentCategories == null ? List.of() : List.copyOf(treatmentCategories);
    }

    /** The settings of an enterprise that stored none: the platform's term, no categories, not published. */
    public static AppointmentSettings none(String creditCode) {
        return new AppointmentSettings(creditCode, 0, null, List.of(), false);
    }
}
