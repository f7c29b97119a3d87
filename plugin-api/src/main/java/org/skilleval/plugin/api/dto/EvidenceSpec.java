package org.skilleval.plugin.api.dto;

import java.util.List;
import java.util.Objects;

/**
 * The evidence an assessment method takes as input.
 *
 * @param summary what the method looks at, in a sentence a candidate understands
 * @param fields the individual pieces of evidence, in display order
 */
public record EvidenceSpec(LocalizedText summary, List<EvidenceField> fields) {

    public EvidenceSpec {
        Objects.requireNonNull(summary, "summary");
        fields = List.copyOf(fields);
    }
}
