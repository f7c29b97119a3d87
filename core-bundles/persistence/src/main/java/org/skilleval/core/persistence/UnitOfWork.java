package org.skilleval.core.persistence;

import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Commits the store writes of one change together: every store call made on this thread inside
 * {@link #call} joins one transaction, which commits when the work returns and rolls back, writing
 * nothing, when it throws. Reads inside see the writes made before them. A nested call joins the
 * outer one. Used where one decision changes several aggregates (a sanction cancelling an
 * enterprise's year, a plan's rejection taking the enterprise out of the pilot, a publicity's
 * cascade onto the candidates).
 */
@ProviderType
public interface UnitOfWork {

    /**
     * Runs {@code work} in one transaction.
     *
     * @return what {@code work} returned
     * @throws org.skilleval.core.domain.ConflictException {@code STALE_VERSION} when a row changed
     *         meanwhile and the commit was refused; nothing was written then
     */
    <T> T call(Supplier<T> work);

    /** {@link #call} for work without a result. */
    default void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
