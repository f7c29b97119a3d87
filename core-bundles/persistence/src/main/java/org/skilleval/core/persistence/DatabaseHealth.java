package org.skilleval.core.persistence;

import org.osgi.annotation.versioning.ProviderType;

/** Whether the platform's database answers. */
@ProviderType
public interface DatabaseHealth {

    /** {@code true} when a trivial query against the database succeeds now. Never throws. */
    boolean isReachable();
}
