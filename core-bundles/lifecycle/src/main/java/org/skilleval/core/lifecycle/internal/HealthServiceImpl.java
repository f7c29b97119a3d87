package org.skilleval.core.lifecycle.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.HealthService;
import org.skilleval.core.persistence.DatabaseHealth;

/** Asks the persistence bundle, which owns the database; callers above the lifecycle never do. */
@Component(service = HealthService.class)
public class HealthServiceImpl implements HealthService {

    private final DatabaseHealth database;

    @Activate
    public HealthServiceImpl(@Reference DatabaseHealth database) {
        this.database = database;
    }

    @Override
    public boolean databaseReachable() {
        return database.isReachable();
    }
}
