package org.skilleval.core.pluginhost;

/** The two kinds of plugin the core knows. */
public enum PluginKind {
    /** An {@code AssessmentMethod} (评审方式). */
    ASSESSMENT_METHOD,
    /** A {@code ScoringScheme} (评分办法). */
    SCORING_SCHEME
}
