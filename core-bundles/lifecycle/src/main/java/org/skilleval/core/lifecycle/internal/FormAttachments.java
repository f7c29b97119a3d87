package org.skilleval.core.lifecycle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.persistence.AttachmentStore;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.TextRules;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/**
 * Checks that every attachment a form names was uploaded for the applicant's own enterprise, and
 * that the photo is an image. An id of another enterprise's file is reported exactly like an unknown
 * one, so that a form cannot probe other tenants' uploads.
 */
final class FormAttachments {

    private final AttachmentStore attachments;

    FormAttachments(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    /** @return one violation per bad reference, with the form field's path; empty when all are fine */
    List<Violation> check(ApplicationForm form, String creditCode) {
        List<Violation> problems = new ArrayList<>();
        if (form.photoAttachmentId() != null && !form.photoAttachmentId().isBlank()) {
            find(form.photoAttachmentId(), creditCode, "form.photoAttachmentId", problems)
                    .filter(photo -> !photo.contentType().startsWith("image/"))
                    .ifPresent(photo -> problems.add(new Violation(
                            "form.photoAttachmentId",
                            "attachment-not-image",
                            LocalizedText.of(
                                    "照片须为 JPEG 或 PNG 图片，附件 " + photo.id() + " 是 " + photo.contentType(),
                                    "The photo must be a JPEG or PNG image; attachment " + photo.id() + " is "
                                            + photo.contentType()))));
        }
        checkAll(form.educationAndCareerAttachmentIds(), "form.educationAndCareerAttachmentIds", creditCode, problems);
        checkAll(form.achievementsAttachmentIds(), "form.achievementsAttachmentIds", creditCode, problems);
        checkAll(form.awardsAttachmentIds(), "form.awardsAttachmentIds", creditCode, problems);
        for (int i = 0; i < form.priorityConditions().size(); i++) {
            ApplicationForm.PriorityClaim claim = form.priorityConditions().get(i);
            if (claim != null) {
                checkAll(
                        claim.evidenceAttachmentIds(),
                        "form.priorityConditions[" + i + "].evidenceAttachmentIds",
                        creditCode,
                        problems);
            }
        }
        return problems;
    }

    private void checkAll(List<String> ids, String field, String creditCode, List<Violation> problems) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && !ids.get(i).isBlank()) {
                find(ids.get(i), creditCode, field + "[" + i + "]", problems);
            }
        }
    }

    private Optional<AttachmentRecord> find(String rawId, String creditCode, String field, List<Violation> problems) {
        Optional<AttachmentRecord> found = parse(rawId)
                .flatMap(attachments::find)
                .filter(attachment -> attachment.creditCode().equals(creditCode));
        if (found.isEmpty()) {
            problems.add(new Violation(
                    field,
                    "attachment-unknown",
                    LocalizedText.of(
                            "附件 \"" + TextRules.excerpt(rawId) + "\" 不存在或不属于本企业，请先上传",
                            "Attachment \"" + TextRules.excerpt(rawId) + "\" does not exist or does not belong to this"
                                    + " enterprise;"
                                    + " upload it first")));
        }
        return found;
    }

    /**
     * An attachment id exactly as the attachment API gives it: ASCII digits, no sign, no leading
     * zero, no space. {@code Long.parseLong} alone would also read {@code +42}, {@code 042} and the
     * full-width {@code ４２} as 42, so a form could name one file in several spellings.
     */
    private static Optional<Long> parse(String rawId) {
        if (!CANONICAL_ID.matcher(rawId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(rawId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static final Pattern CANONICAL_ID = Pattern.compile("[1-9][0-9]{0,18}");
}
