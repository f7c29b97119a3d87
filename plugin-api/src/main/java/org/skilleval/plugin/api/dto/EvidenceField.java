package org.skilleval.plugin.api.dto;

import java.util.Objects;

/**
 * One piece of evidence an assessment method asks the candidate (or the enterprise) to provide.
 *
 * @param id stable key of the field within its method
 * @param label what the field is, in Chinese and English
 * @param type the kind of value
 * @param required whether the assessment cannot start without it
 */
public record EvidenceField(String id, LocalizedText label, EvidenceType type, boolean required) {

    public EvidenceField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
