package org.skilleval.core.lifecycle;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.pluginhost.ShadowEvaluation;
import org.skilleval.core.security.Caller;

/**
 * Moving an approved work plan from the plugin version it pinned to another version of the same
 * plugin running side by side (OSGi keeps both bundles). Until the province migrates, the plan's
 * assessments keep running on the pinned version, whatever newer one is installed; results already
 * stored keep naming the version that computed them.
 */
@ProviderType
public interface PluginMigrationService {

    /**
     * Pins the plan's method or scheme {@code pluginId} to {@code toVersion}; later evaluations run
     * on it. Audited with the pins before and after.
     *
     * @param version the version of the plan the caller read
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code state} unless the plan is
     *         APPROVED; {@code not-in-plan} when the plan does not use the plugin; {@code
     *         same-version} when it pins that version already; {@code plugin-unavailable} when
     *         that version is not registered and active
     * @throws org.skilleval.plugin.api.InvalidInputException when the new version refuses the
     *         plan's configuration of it
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     */
    WorkPlanRecord migrate(Caller caller, long planId, long version, String pluginId, String toVersion, String note);

    /**
     * Computes, without storing anything, every candidate's result under the plan's pins and with
     * {@code pluginId} at {@code toVersion}. A candidate whose computation fails shows the error on
     * its row; the others are still computed.
     *
     * @throws org.skilleval.core.rules.RuleViolationException as {@link #migrate} for the plan's
     *         state, the plugin and the version
     * @throws org.skilleval.core.domain.NotFoundException outside the caller's scope
     */
    ShadowEvaluation shadow(Caller caller, long planId, String pluginId, String toVersion);
}
