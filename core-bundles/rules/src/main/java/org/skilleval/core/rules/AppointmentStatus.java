package org.skilleval.core.rules;

/** Where an appointment (聘任) of a certified 特级技师 to a post stands. */
public enum AppointmentStatus {
    /** In its term (在聘). */
    CURRENT,
    /** Its term-end review (聘期考核) is recorded; the enterprise renews or ends it next. */
    REVIEWED,
    /** Followed by a new term: the new appointment is the current one. */
    RENEWED,
    /** Ended (解聘/聘期届满不再续聘), at term end or before with a reason. */
    ENDED
}
