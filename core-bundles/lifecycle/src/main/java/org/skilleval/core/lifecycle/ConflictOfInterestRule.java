package org.skilleval.core.lifecycle;

import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * A conflict-of-interest rule (回避规则): whether a panel member may not judge a candidate.
 *
 * <p>Rules are OSGi services; the panel service applies every registered rule when a panel is
 * composed or revised (against every current candidate of the panel) and when an expert saves or
 * submits a sheet. A rule registered with the service property {@value #CITY_PROPERTY} (one code or
 * several, e.g. {@code 3205}) applies only to pilot enterprises of those cities; without the
 * property it applies in every city. The core registers the rules every city shares: the same
 * department, and the relations the member declared.
 *
 * <p>A rule sees the candidate's whole application; the reasons it gives are shown to the
 * enterprise and to the expert concerned, so they must not quote the candidate's ID number (the
 * core masks one that slips in anyway).
 */
@ConsumerType
public interface ConflictOfInterestRule {

    /** The service property naming the city codes (设区市代码) a rule is restricted to. */
    String CITY_PROPERTY = "skilleval.city";

    /**
     * The conflicts of one member with one candidate.
     *
     * @param member the panel member as composed, with their department and declared relations
     * @param candidate the candidate's application (ENDORSED or later)
     * @return the conflicts found; empty when the member may judge the candidate
     */
    List<Conflict> conflicts(PanelMember member, ApplicationRecord candidate);

    /**
     * One reason why a member may not judge a candidate.
     *
     * @param ruleId a stable id of the rule, e.g. {@code coi.same-department}
     * @param reason the reason in Chinese and English
     */
    record Conflict(String ruleId, LocalizedText reason) {

        public Conflict {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
