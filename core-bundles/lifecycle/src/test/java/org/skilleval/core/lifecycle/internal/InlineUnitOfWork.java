package org.skilleval.core.lifecycle.internal;

import java.util.function.Supplier;
import org.skilleval.core.persistence.UnitOfWork;

/**
 * A unit of work for services tested over mocked stores, which have no transaction to join; it
 * counts the units so a test can see which changes a service grouped. Atomicity itself is proven
 * on the real persistence unit ({@code JpaUnitOfWorkTest}).
 */
final class InlineUnitOfWork implements UnitOfWork {

    int units;

    @Override
    public <T> T call(Supplier<T> work) {
        units++;
        return work.get();
    }
}
