package org.skilleval.core.rules;

/** Where an enterprise's work plan (工作方案) stands. */
public enum WorkPlanStatus {
    /** Being written; only the enterprise sees it. */
    DRAFT,
    /** Published to all employees (向全体职工公示); can still be withdrawn to DRAFT. */
    PUBLISHED,
    /** Submitted to the provincial centre for expert review (方案报审). */
    SUBMITTED,
    /** Passed the review: assessments may run, with the plugin versions pinned at approval. */
    APPROVED,
    /** Failed the review: the enterprise leaves the round (退出试点). */
    REJECTED
}
