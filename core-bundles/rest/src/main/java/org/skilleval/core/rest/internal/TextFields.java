package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.databind.BeanProperty;
import java.util.Map;
import java.util.Set;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.TextRules;

/**
 * Which text of a request body is long text. Every text a body carries is checked by
 * {@link TextRules}: as a name, identifier or code (one line) unless it is listed here as long
 * text (tab and newline allowed) or as a secret (left exactly as typed: a password is compared, never
 * shown or stored). A new text field is strict until someone decides otherwise;
 * {@code TextFieldsTest} lists every text field of every request body so that the decision is made.
 */
final class TextFields {

    private static final Map<Class<?>, Set<String>> LONG_TEXT = Map.ofEntries(
            Map.entry(ApplicationForm.class, Set.of("achievements", "fieldOfExpertise")),
            Map.entry(AppointmentResource.Review.class, Set.of("note")),
            Map.entry(AppointmentResource.Ending.class, Set.of("reason")),
            Map.entry(ApplicationResource.Review.class, Set.of("opinion")),
            Map.entry(AssessmentResource.SheetDraft.class, Set.of("comment")),
            Map.entry(AssessmentResource.Unlock.class, Set.of("reason")),
            Map.entry(AssessmentResource.DivergenceOutcome.class, Set.of("note")),
            Map.entry(ObjectionResource.Resolution.class, Set.of("note")),
            Map.entry(PanelResource.Relation.class, Set.of("note")),
            Map.entry(org.skilleval.core.domain.PoolExpertRecord.DeclaredRelation.class, Set.of("note")),
            Map.entry(ParticipationResource.Decision.class, Set.of("note")),
            Map.entry(ParticipationResource.QuotaOverride.class, Set.of("reason")),
            Map.entry(ParticipationResource.CityConfirmation.class, Set.of("reason")),
            Map.entry(PluginMigrationResource.Migration.class, Set.of("note")),
            Map.entry(PluginTrialResource.SampleSheet.class, Set.of("comment")),
            Map.entry(PluginUploadResource.Review.class, Set.of("reason")),
            Map.entry(PluginUploadResource.RemovalRequest.class, Set.of("reason")),
            Map.entry(PublicResource.NewObjection.class, Set.of("content")),
            Map.entry(RoundResource.Extension.class, Set.of("reason")),
            Map.entry(SanctionResource.NewSanction.class, Set.of("finding")),
            Map.entry(SupervisionNoteResource.NewNote.class, Set.of("findings")),
            Map.entry(WorkPlanResource.PlanContent.class, Set.of("criteria", "organisation", "schedule")),
            Map.entry(WorkPlanResource.Review.class, Set.of("note")));

    private static final Map<Class<?>, Set<String>> SECRET = Map.of(
            AuthResource.Credentials.class,
            Set.of("password"),
            OwnPasswordResource.PasswordChange.class,
            Set.of("currentPassword", "newPassword"));

    private TextFields() {}

    /**
     * How the text of a property is checked.
     *
     * @return the kind, or {@code null} for a secret that is passed on as typed
     */
    static TextRules.Kind kindOf(BeanProperty property) {
        if (property == null || property.getMember() == null) {
            return TextRules.Kind.NAME_OR_CODE;
        }
        return kindOf(property.getMember().getDeclaringClass(), property.getName());
    }

    static TextRules.Kind kindOf(Class<?> type, String property) {
        if (SECRET.getOrDefault(type, Set.of()).contains(property)) {
            return null;
        }
        return LONG_TEXT.getOrDefault(type, Set.of()).contains(property)
                ? TextRules.Kind.LONG_TEXT
                : TextRules.Kind.NAME_OR_CODE;
    }
}
