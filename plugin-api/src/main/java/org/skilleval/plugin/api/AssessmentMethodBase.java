package org.skilleval.plugin.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;

/**
 * An assessment method without the repeated parts: what {@link PluginBase} gives, the evidence,
 * and the common checks of a sheet ({@link Scores#check}). A subclass writes its score sheet and
 * {@link #evaluate}; {@link PanelMean} computes the usual panel mean.
 *
 * @since 1.3
 */
@ConsumerType
public abstract class AssessmentMethodBase extends PluginBase implements AssessmentMethod {

    private final EvidenceSpec evidence;

    protected AssessmentMethodBase(
            String id, LocalizedText name, LocalizedText description, EvidenceSpec evidence, PluginDefaults defaults) {
        super(id, name, description, defaults);
        this.evidence = evidence;
    }

    @Override
    public EvidenceSpec evidence() {
        return evidence;
    }

    /** The common checks of {@link Scores#check} against the sheet of this configuration. */
    @Override
    public List<Violation> validate(ScoreSheet sheet, Parameters configuration) {
        return Scores.check(scoreSheet(configuration), sheet);
    }
}
