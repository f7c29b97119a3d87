package org.skilleval.core.persistence.internal;

import java.util.function.Supplier;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.persistence.UnitOfWork;

/** The unit of work on the persistence unit every store uses. */
@Component(service = UnitOfWork.class)
public class JpaUnitOfWork implements UnitOfWork {

    private final JpaTransactions transactions;

    @Activate
    public JpaUnitOfWork(@Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public <T> T call(Supplier<T> work) {
        return transactions.unitOfWork(work);
    }
}
