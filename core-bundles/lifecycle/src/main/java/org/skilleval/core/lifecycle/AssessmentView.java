package org.skilleval.core.lifecycle;

import java.util.List;
import java.util.Objects;
import org.skilleval.core.persistence.ApplicationRecord;
import org.skilleval.core.persistence.AssessmentResultRecord;
import org.skilleval.core.persistence.PanelRecord;
import org.skilleval.core.persistence.ScoreSheetRecord;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * One candidate's assessment as a caller may see it.
 *
 * @param application the application; for an expert, redacted (see {@link AssessmentService})
 * @param panel the panel
 * @param methods the plan's assessment methods, in plan order
 * @param result the stored result; {@code null} before the evaluation
 */
public record AssessmentView(
        ApplicationRecord application, PanelRecord panel, List<MethodSheets> methods, AssessmentResultRecord result) {

    public AssessmentView {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(panel, "panel");
        methods = List.copyOf(methods);
    }

    /**
     * One assessment method of the plan with its score sheet and the sheets the caller may see.
     *
     * @param methodId the method's id
     * @param pinnedVersion the plugin bundle version the plan pinned
     * @param name the method's name; {@code null} when the pinned version is not available
     * @param schema the score sheet each expert fills; {@code null} when the pinned version is not
     *        available or cannot produce it
     * @param problem why there is no schema; {@code null} when there is one
     * @param sheets the sheets: an expert's own, or all of them for the enterprise, city and province
     */
    public record MethodSheets(
            String methodId,
            String pinnedVersion,
            LocalizedText name,
            ScoreSheetSchema schema,
            LocalizedText problem,
            List<ScoreSheetRecord> sheets) {

        public MethodSheets {
            Objects.requireNonNull(methodId, "methodId");
            sheets = List.copyOf(sheets);
        }
    }
}
