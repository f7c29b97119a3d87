package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.core.Context;
import org.junit.jupiter.api.Test;
import org.skilleval.core.rules.TextRules;

/**
 * Every text field of every request body is checked as its kind asks: this test lists them all, so
 * that a new field fails it until someone decides whether it is a name, identifier or code (one line)
 * or long text.
 */
class TextFieldsTest {

    private static final String EXPECTED =
            """
            AccountResource$NewAccountRequest.city NAME_OR_CODE
            AccountResource$NewAccountRequest.creditCode NAME_OR_CODE
            AccountResource$NewAccountRequest.displayName NAME_OR_CODE
            AccountResource$NewAccountRequest.employeeNumber NAME_OR_CODE
            AccountResource$NewAccountRequest.expertId NAME_OR_CODE
            AccountResource$NewAccountRequest.idNumber NAME_OR_CODE
            AccountResource$NewAccountRequest.role NAME_OR_CODE
            AccountResource$NewAccountRequest.username NAME_OR_CODE
            ApplicationForm$Award.levelOrIssuer NAME_OR_CODE
            ApplicationForm$Award.title NAME_OR_CODE
            ApplicationForm$CareerEntry.organisation NAME_OR_CODE
            ApplicationForm$CareerEntry.role NAME_OR_CODE
            ApplicationForm$PriorityClaim.evidenceAttachmentIds NAME_OR_CODE
            ApplicationForm$Qualification.certificateNumber NAME_OR_CODE
            ApplicationForm$Qualification.levelText NAME_OR_CODE
            ApplicationForm$Qualification.occupation NAME_OR_CODE
            ApplicationForm.achievements LONG_TEXT
            ApplicationForm.achievementsAttachmentIds NAME_OR_CODE
            ApplicationForm.address NAME_OR_CODE
            ApplicationForm.administrativeOrTechnicalPost NAME_OR_CODE
            ApplicationForm.appliedOccupation NAME_OR_CODE
            ApplicationForm.awardsAttachmentIds NAME_OR_CODE
            ApplicationForm.department NAME_OR_CODE
            ApplicationForm.education NAME_OR_CODE
            ApplicationForm.educationAndCareerAttachmentIds NAME_OR_CODE
            ApplicationForm.email NAME_OR_CODE
            ApplicationForm.employer NAME_OR_CODE
            ApplicationForm.fieldOfExpertise LONG_TEXT
            ApplicationForm.idNumber NAME_OR_CODE
            ApplicationForm.name NAME_OR_CODE
            ApplicationForm.phone NAME_OR_CODE
            ApplicationForm.photoAttachmentId NAME_OR_CODE
            ApplicationForm.professionalTitle NAME_OR_CODE
            ApplicationResource$Review.opinion LONG_TEXT
            AppointmentResource$Ending.reason LONG_TEXT
            AppointmentResource$NewAppointment.department NAME_OR_CODE
            AppointmentResource$NewAppointment.documentNumber NAME_OR_CODE
            AppointmentResource$NewAppointment.post NAME_OR_CODE
            AppointmentResource$NewAppointment.treatmentCategory NAME_OR_CODE
            AppointmentResource$Renewal.department NAME_OR_CODE
            AppointmentResource$Renewal.documentNumber NAME_OR_CODE
            AppointmentResource$Renewal.post NAME_OR_CODE
            AppointmentResource$Renewal.treatmentCategory NAME_OR_CODE
            AppointmentResource$Review.note LONG_TEXT
            AppointmentResource$Review.outcome NAME_OR_CODE
            AppointmentResource$Settings.treatmentCategories NAME_OR_CODE
            AssessmentResource$DivergenceOutcome.note LONG_TEXT
            AssessmentResource$DivergenceOutcome.outcome NAME_OR_CODE
            AssessmentResource$RelationDeclaration.note NAME_OR_CODE
            AssessmentResource$RelationDeclaration.relation NAME_OR_CODE
            AssessmentResource$SheetDraft.comment LONG_TEXT
            AssessmentResource$SheetDraft.points NAME_OR_CODE
            AssessmentResource$Unlock.reason LONG_TEXT
            AuthResource$Credentials.password SECRET
            AuthResource$Credentials.username NAME_OR_CODE
            EnterpriseResource$CertificateCodes.organisationCode NAME_OR_CODE
            EnterpriseResource$CertificateCodes.siteCode NAME_OR_CODE
            ExpertPoolResource$NewExpert.city NAME_OR_CODE
            ExpertPoolResource$NewExpert.expertId NAME_OR_CODE
            ExpertPoolResource$NewExpert.name NAME_OR_CODE
            ExpertPoolResource$NewExpert.occupation NAME_OR_CODE
            ExpertPoolResource$NewExpert.organisation NAME_OR_CODE
            ExpertPoolResource$NewExpert.title NAME_OR_CODE
            ObjectionResource$Resolution.note LONG_TEXT
            OccupationResource$NewOccupation.basis NAME_OR_CODE
            OccupationResource$NewOccupation.code NAME_OR_CODE
            OccupationResource$NewOccupation.name NAME_OR_CODE
            OccupationResource$OccupationChange.basis NAME_OR_CODE
            OwnPasswordResource$PasswordChange.currentPassword SECRET
            OwnPasswordResource$PasswordChange.newPassword SECRET
            PanelResource$Composition.occupation NAME_OR_CODE
            PanelResource$Member.department NAME_OR_CODE
            PanelResource$Member.expertId NAME_OR_CODE
            PanelResource$Member.name NAME_OR_CODE
            PanelResource$Member.organisation NAME_OR_CODE
            PanelResource$Member.title NAME_OR_CODE
            PanelResource$Relation.note LONG_TEXT
            PanelResource$Relation.relation NAME_OR_CODE
            ParticipationResource$CityConfirmation.city NAME_OR_CODE
            ParticipationResource$CityConfirmation.creditCode NAME_OR_CODE
            ParticipationResource$CityConfirmation.reason LONG_TEXT
            ParticipationResource$Decision.note LONG_TEXT
            ParticipationResource$NewRecommendation.creditCode NAME_OR_CODE
            ParticipationResource$NewRecommendation.name NAME_OR_CODE
            ParticipationResource$QuotaOverride.city NAME_OR_CODE
            ParticipationResource$QuotaOverride.reason LONG_TEXT
            PluginMigrationResource$Migration.note LONG_TEXT
            PluginMigrationResource$Migration.pluginId NAME_OR_CODE
            PluginMigrationResource$Migration.toVersion NAME_OR_CODE
            PluginTrialResource$SampleResult.expertTotals NAME_OR_CODE
            PluginTrialResource$SampleResult.itemScores NAME_OR_CODE
            PluginTrialResource$SampleResult.methodId NAME_OR_CODE
            PluginTrialResource$SampleSheet.comment LONG_TEXT
            PluginTrialResource$SampleSheet.expertId NAME_OR_CODE
            PluginTrialResource$SampleSheet.points NAME_OR_CODE
            PluginTrialResource$TrialRequest.configuration NAME_OR_CODE
            PluginTrialResource$TrialRequest.version NAME_OR_CODE
            PluginUploadResource$RemovalRequest.reason LONG_TEXT
            PluginUploadResource$Review.reason LONG_TEXT
            PoolExpertRecord$DeclaredRelation.creditCode NAME_OR_CODE
            PoolExpertRecord$DeclaredRelation.employeeNumber NAME_OR_CODE
            PoolExpertRecord$DeclaredRelation.note LONG_TEXT
            ProfessionalTitleRecord.field NAME_OR_CODE
            ProposalListResource$Issue.organisationCode NAME_OR_CODE
            ProposalListResource$Issue.siteCode NAME_OR_CODE
            PublicResource$NewObjection.contact NAME_OR_CODE
            PublicResource$NewObjection.content LONG_TEXT
            PublicResource$NewObjection.name NAME_OR_CODE
            RoundResource$Extension.phase NAME_OR_CODE
            RoundResource$Extension.reason LONG_TEXT
            RoundResource$NewRound.title NAME_OR_CODE
            SanctionResource$NewSanction.finding LONG_TEXT
            SanctionResource$NewSanction.subjectKey NAME_OR_CODE
            SanctionResource$NewSanction.subjectName NAME_OR_CODE
            SanctionResource$NewSanction.subjectType NAME_OR_CODE
            SupervisionNoteResource$NewNote.findings LONG_TEXT
            SupervisionNoteResource$NewNote.occupation NAME_OR_CODE
            WorkPlanResource$Choice.configuration NAME_OR_CODE
            WorkPlanResource$Choice.pinnedVersion NAME_OR_CODE
            WorkPlanResource$Choice.pluginId NAME_OR_CODE
            WorkPlanResource$PlanContent.criteria LONG_TEXT
            WorkPlanResource$PlanContent.occupations NAME_OR_CODE
            WorkPlanResource$PlanContent.seniorTechnicians NAME_OR_CODE
            WorkPlanResource$PlanContent.organisation LONG_TEXT
            WorkPlanResource$PlanContent.schedule LONG_TEXT
            WorkPlanResource$Review.note LONG_TEXT
            """;

    @Test
    void everyTextFieldOfEveryRequestBodyIsClassified() throws Exception {
        TreeMap<String, String> actual = new TreeMap<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(POST.class) && !method.isAnnotationPresent(PUT.class)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (isEntity(parameter)) {
                        collect(parameter.getParameterizedType(), actual, new java.util.HashSet<>());
                    }
                }
            }
        }
        TreeMap<String, String> expected = new TreeMap<>();
        EXPECTED.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] parts = line.split(" ");
            expected.put(parts[0], parts[1]);
        });
        assertEquals(expected, actual);
    }

    @Test
    void theLongTextAndSecretsOfRestBodiesAreWhereTheyAreExpected() {
        assertEquals(TextRules.Kind.LONG_TEXT, TextFields.kindOf(ApplicationResource.Review.class, "opinion"));
        assertEquals(TextRules.Kind.LONG_TEXT, TextFields.kindOf(SupervisionNoteResource.NewNote.class, "findings"));
        assertEquals(
                TextRules.Kind.NAME_OR_CODE, TextFields.kindOf(SupervisionNoteResource.NewNote.class, "occupation"));
        assertEquals(TextRules.Kind.NAME_OR_CODE, TextFields.kindOf(PublicResource.NewObjection.class, "name"));
        assertEquals(null, TextFields.kindOf(AuthResource.Credentials.class, "password"));
        assertEquals(TextRules.Kind.NAME_OR_CODE, TextFields.kindOf(AuthResource.Credentials.class, "username"));
    }

    private static boolean isEntity(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType() == Context.class
                    || annotation.annotationType().getPackageName().equals("javax.ws.rs")
                    || annotation.annotationType().getName().startsWith("org.glassfish")) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Type type, TreeMap<String, String> fields, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, fields, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || !raw.isRecord()) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            Type componentType = component.getGenericType();
            if (componentType == String.class || mentionsString(componentType)) {
                TextRules.Kind kind = TextFields.kindOf(raw, component.getName());
                fields.put(
                        raw.getName().substring(raw.getPackageName().length() + 1) + "." + component.getName(),
                        kind == null ? "SECRET" : kind.name());
            }
            collect(componentType, fields, seen);
        }
    }

    private static boolean mentionsString(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return Stream.of(parameterized.getActualTypeArguments()).anyMatch(argument -> argument == String.class);
        }
        return false;
    }

    private static Set<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ApiApplication.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(ApiApplication.class.getPackageName().replace('.', '/'));
        Set<Class<?>> resources = new java.util.HashSet<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(
                            ApiApplication.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                    if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        return resources;
    }
}
