package org.skilleval.core.rules;

import static org.skilleval.core.rules.AppointmentStatus.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an appointment (聘任) after certification: the 聘 of 评聘. The enterprise appoints
 * a holder of a valid certificate to a post for a term, reviews the term before it ends (聘期考核),
 * then renews (a new appointment follows) or ends it; a sanction that revokes the certificate ends
 * it too.
 */
public final class AppointmentLifecycle {

    /** The certificate exists within the caller's tenant and is valid. */
    public static final Guard CERTIFICATE_VALID = new Guard(
            "certificate-valid",
            "certificateId",
            "certificate-not-valid",
            "该证书已撤销，不能据此聘任",
            "The certificate is revoked; no appointment can rest on it");
    /** The holder has no appointment in force. */
    public static final Guard NOT_APPOINTED = new Guard(
            "not-appointed",
            "certificateId",
            "already-appointed",
            "该持证人已有在聘的聘任，同一人同时只能有一个在聘聘任",
            "The holder already has a current appointment; one person holds one at a time");
    /** The term lies within the certificate's validity and overlaps no other term of the holder. */
    public static final Guard TERM_FREE = new Guard(
            "term-free", "startDate", "overlapping", "聘期与该持证人的其他聘期重叠", "The term overlaps another term of the holder");
    /** The treatment category is one of the enterprise's list. */
    public static final Guard TREATMENT_LISTED = new Guard(
            "treatment-listed",
            "treatmentCategory",
            "unknown-treatment",
            "待遇类别须为本企业待遇类别清单中的一项",
            "The treatment category must be one of the enterprise's list");
    /** The term's end is near enough for its review. */
    public static final Guard REVIEW_DUE =
            new Guard("review-due", "status", "review-not-due", "尚未到聘期考核时间", "The term-end review is not due yet");
    /** The term-end review found the holder 合格. */
    public static final Guard REVIEW_PASSED = new Guard(
            "review-passed",
            "status",
            "review-failed",
            "聘期考核不合格，不能续聘",
            "The term-end review failed; the appointment cannot be renewed");
    /** Ending before the term's end needs a reason. */
    public static final Guard REASON_BEFORE_TERM = new Guard(
            "reason-before-term",
            "reason",
            "reason-required",
            "聘期届满前解聘须填写原因",
            "Ending an appointment before its term needs a reason");

    /** The table. */
    public static final StateMachine<AppointmentStatus> MACHINE = StateMachine.of(
                    AppointmentStatus.class, "appointment", "聘任")
            .state(CURRENT, "在聘")
            .state(REVIEWED, "已聘期考核")
            .state(RENEWED, "已续聘")
            .state(ENDED, "已解聘")
            .creating("appoint", CURRENT)
            .by(Actor.ENTERPRISE)
            .when(CERTIFICATE_VALID, NOT_APPOINTED, TERM_FREE, TREATMENT_LISTED)
            .and()
            .on("review", EnumSet.of(CURRENT), REVIEWED)
            .by(Actor.ENTERPRISE)
            .when(REVIEW_DUE)
            .and()
            .on("renew", EnumSet.of(REVIEWED), RENEWED)
            .by(Actor.ENTERPRISE)
            .when(REVIEW_PASSED, TREATMENT_LISTED)
            .and()
            .on("end", EnumSet.of(CURRENT, REVIEWED), ENDED)
            .by(Actor.ENTERPRISE)
            .when(REASON_BEFORE_TERM)
            .and()
            .on("terminate", EnumSet.of(CURRENT, REVIEWED), ENDED)
            .by(Actor.PROVINCE)
            .build();

    public static final StateMachine.Transition<AppointmentStatus> APPOINT = MACHINE.transition("appoint");
    public static final StateMachine.Transition<AppointmentStatus> REVIEW = MACHINE.transition("review");
    public static final StateMachine.Transition<AppointmentStatus> RENEW = MACHINE.transition("renew");
    public static final StateMachine.Transition<AppointmentStatus> END = MACHINE.transition("end");
    /** A sanction revoked the certificate the appointment rests on. */
    public static final StateMachine.Transition<AppointmentStatus> TERMINATE = MACHINE.transition("terminate");

    /** The statuses of an appointment in force: the holder's one current appointment. */
    public static final Set<AppointmentStatus> IN_FORCE = Collections.unmodifiableSet(EnumSet.of(CURRENT, REVIEWED));

    private AppointmentLifecycle() {}
}
