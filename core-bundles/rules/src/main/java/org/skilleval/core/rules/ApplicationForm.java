package org.skilleval.core.rules;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The 特级技师评审申报表 (application form, the annex of the pilot scheme) as the applicant fills it
 * in, plus the facts the form implies that {@link EligibilityRules} needs (the occupation applied
 * for, the basis of the application, the 高级技师 post date, the path-B title and the priority
 * conditions claimed).
 *
 * <p>Contract: the record is a <em>draft</em>. It accepts anything, including {@code null} and blank
 * values, so that a half-filled form can be stored and shown back; {@link
 * ApplicationFormRules#validate(ApplicationForm, LocalDate)} lists every problem at once. The only
 * thing the constructor does is copy the lists into unmodifiable lists ({@code null} becomes an
 * empty list; {@code null} elements are kept so that validation can point at them). Strings are
 * stored exactly as typed, never trimmed. The three opinions at the foot of the paper form (企业意见,
 * 设区市意见, 省中心意见) are not the applicant's to fill: they are {@link FormOpinion}s attached by
 * the lifecycle.
 *
 * <p>The ID number is personal data: {@link #toString()} masks it.
 *
 * @param name                              姓名
 * @param idNumber                          身份证号, as typed; see {@link ResidentIdNumber}
 * @param photoAttachmentId                 贴照片处: the id of the stored photo attachment
 * @param birthMonth                        出生年月
 * @param education                         学历/学位
 * @param administrativeOrTechnicalPost     行政/技术职务; optional
 * @param professionalTitle                 职称/专业技术资格, as the applicant words it; optional
 * @param qualification                     职业资格/职业技能等级; required when applying on path A
 * @param employer                          工作单位
 * @param department                        所在部门
 * @param address                           联系地址
 * @param email                             电子信箱
 * @param phone                             联系电话: a mobile number or a landline with area code
 * @param fieldOfExpertise                  生产、研究或擅长领域
 * @param educationAndCareer                教育背景和工作简历, one entry per period
 * @param educationAndCareerAttachmentIds   pages attached to 教育背景和工作简历 (可附页说明)
 * @param achievements                      工作业绩
 * @param achievementsAttachmentIds         pages and evidence attached to 工作业绩
 * @param awards                            获奖情况, one entry per award; may be empty
 * @param awardsAttachmentIds               certificates attached to 获奖情况
 * @param declaration                       本人承诺: the applicant's signed promise
 * @param appliedOccupation                 the occupation (职业/工种) applied for
 * @param basis                             the basic condition (seed 一（二）) the applicant applies on
 * @param postSince                         the date the applicant began working in a 高级技师 post;
 *                                          required on path A, optional otherwise
 * @param stillInOccupation                 whether the applicant still works in the 高级技师 occupation
 * @param professionalTitleRecord           the 正高级职称 or 一级专业技术资格 for path B; required on
 *                                          path B, optional otherwise
 * @param priorityConditions                the priority conditions (优先考虑条件) claimed, each with
 *                                          its evidence
 */
public record ApplicationForm(
        String name,
        String idNumber,
        String photoAttachmentId,
        YearMonth birthMonth,
        String education,
        String administrativeOrTechnicalPost,
        String professionalTitle,
        Qualification qualification,
        String employer,
        String department,
        String address,
        String email,
        String phone,
        String fieldOfExpertise,
        List<CareerEntry> educationAndCareer,
        List<String> educationAndCareerAttachmentIds,
        String achievements,
        List<String> achievementsAttachmentIds,
        List<Award> awards,
        List<String> awardsAttachmentIds,
        Declaration declaration,
        String appliedOccupation,
        EligibilityPath basis,
        LocalDate postSince,
        boolean stillInOccupation,
        ProfessionalTitleRecord professionalTitleRecord,
        List<PriorityClaim> priorityConditions) {

    /** Copies the lists; accepts everything else as it is (see the type's contract). */
    public ApplicationForm {
        educationAndCareer = copy(educationAndCareer);
        educationAndCareerAttachmentIds = copy(educationAndCareerAttachmentIds);
        achievementsAttachmentIds = copy(achievementsAttachmentIds);
        awards = copy(awards);
        awardsAttachmentIds = copy(awardsAttachmentIds);
        priorityConditions = copy(priorityConditions);
    }

    /**
     * The form with the ID number masked (first 4 and last 2 characters kept), so that a form never
     * reaches a log with the full number.
     *
     * @return a description of the form without the full ID number
     */
    @Override
    public String toString() {
        return "ApplicationForm[name=" + name + ", idNumber=" + maskedIdNumber() + ", appliedOccupation="
                + appliedOccupation + ", basis=" + basis + "]";
    }

    private String maskedIdNumber() {
        return idNumber == null ? "null" : ResidentIdNumber.mask(idNumber);
    }

    // List.copyOf would throw on a null element; a draft may hold one and validation reports it.
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * The 职业资格/职业技能等级 row: the highest qualification or skill level the applicant holds.
     *
     * <p>Contract: a draft like the form; any part may be {@code null}.
     *
     * @param levelText         the level as written on the certificate, e.g. 高级技师 or 一级
     * @param occupation        the occupation (职业/工种) of the certificate
     * @param certificateNumber a 16-digit {@link QualificationCertificateNumber} or a 22-character
     *                          {@link CertificateCode}, as typed
     * @param certifiedOn       the date of the certificate
     */
    public record Qualification(String levelText, String occupation, String certificateNumber, LocalDate certifiedOn) {}

    /**
     * One period of 教育背景和工作简历.
     *
     * <p>Contract: a draft like the form; {@code to == null} means the period lasts to the present.
     *
     * @param from         the first month of the period
     * @param to           the last month of the period, or {@code null} for "至今"
     * @param organisation the school or employer
     * @param role         the course of study, post or job held
     */
    public record CareerEntry(YearMonth from, YearMonth to, String organisation, String role) {}

    /**
     * One entry of 获奖情况.
     *
     * @param year          the year of the award
     * @param title         the award or title, e.g. 江苏工匠
     * @param levelOrIssuer the level (国家级, 省级…) or the body that conferred it
     */
    public record Award(Year year, String title, String levelOrIssuer) {}

    /**
     * 本人承诺: "本人保证以上信息真实、准确。" with the applicant's signature and date.
     *
     * @param accepted whether the applicant made the promise ({@link #TEXT_ZH})
     * @param signedOn the date of signature
     */
    public record Declaration(boolean accepted, LocalDate signedOn) {

        /** The wording of the promise on the form. */
        public static final String TEXT_ZH = "本人保证以上信息真实、准确。";
        /** The wording of the promise in English. */
        public static final String TEXT_EN = "I guarantee that the information above is true and accurate.";
    }

    /**
     * A priority condition (seed 一（二）) the applicant claims, with the evidence for it.
     *
     * <p>Contract: the list is copied into an unmodifiable list ({@code null} becomes empty). Only a
     * claim with at least one evidence attachment counts as recorded (see {@link
     * ApplicationFormRules#toEligibilityInput}).
     *
     * @param condition              the condition claimed
     * @param evidenceAttachmentIds  the ids of the attachments that prove it
     */
    public record PriorityClaim(PriorityCondition condition, List<String> evidenceAttachmentIds) {

        /** Copies the list. */
        public PriorityClaim {
            evidenceAttachmentIds = copy(evidenceAttachmentIds);
        }
    }
}
