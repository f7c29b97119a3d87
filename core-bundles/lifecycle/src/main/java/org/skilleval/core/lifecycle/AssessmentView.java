package org.skilleval.core.lifecycle;

import java.util.List;
import java.util.Objects;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * One candidate's assessment as a caller may see it.
 *
 * @param application the application; for an expert, redacted (see {@link AssessmentService})
 * @param panel the panel
 * @param methods the plan's assessment methods, in plan order
 * @param result the stored result; {@code null} before the evaluation
 * @param conflicts the conflicts of interest of the panel's members with this candidate: all of
 *        them for the enterprise, city and province, an expert's own for an expert
 * @param divergences the panel's flagged sheets of this candidate, so that the panel can discuss
 *        them and the chair record the outcomes; an expert sees the points of their own sheet only
 */
public record AssessmentView(
        ApplicationRecord application,
        PanelRecord panel,
        List<MethodSheets> methods,
        AssessmentResultRecord result,
        List<PanelConflict> conflicts,
        List<FlaggedSheet> divergences) {

    public AssessmentView {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(panel, "panel");
        methods = List.copyOf(methods);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        divergences = divergences == null ? List.of() : List.copyOf(divergences);
    }

    /** A view without conflicts and divergences. */
    public AssessmentView(
            ApplicationRecord application,
            PanelRecord panel,
            List<MethodSheets> methods,
            AssessmentResultRecord result) {
        this(application, panel, methods, result, List.of(), List.of());
    }

    /**
     * A member's sheet that diverges from the panel.
     *
     * @param methodId the method
     * @param expertId the member
     * @param sheetVersion the sheet's version, for the chair's outcome
     * @param flag the flag; without the points unless the sheet is the reader's own or the reader
     *        is the enterprise, its city or the province
     */
    public record FlaggedSheet(String methodId, String expertId, long sheetVersion, DivergenceFlag flag) {

        public FlaggedSheet {
            Objects.requireNonNull(methodId, "methodId");
            Objects.requireNonNull(expertId, "expertId");
            Objects.requireNonNull(flag, "flag");
        }
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
