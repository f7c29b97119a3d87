package org.skilleval.core.lifecycle;

import org.osgi.annotation.versioning.ProviderType;

/** Whether the platform can serve now: what a load balancer or an operator's probe asks. */
@ProviderType
public interface HealthService {

    /** {@code true} when a trivial query against the platform's database succeeds now. Never throws. */
    boolean databaseReachable();
}
