package org.skilleval.core.persistence.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.skilleval.core.domain.Page;

/**
 * A list query filtered and paged in the database: each condition whose value is given becomes an
 * equality in the WHERE clause; a {@code null} value means "any".
 */
final class Filter {

    private final String entity;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param entity the entity name, aliased {@code e} in conditions and order */
    Filter(String entity) {
        this.entity = entity;
    }

    /** Adds {@code e.<path> = value} unless {@code value} is {@code null}. */
    Filter equal(String path, Object value) {
        if (value != null) {
            String parameter = "p" + parameters.size();
            conditions.add("e." + path + " = :" + parameter);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a condition of its own with its parameters, e.g. a range. */
    Filter where(String condition, Map<String, Object> conditionParameters) {
        conditions.add(condition);
        parameters.putAll(conditionParameters);
        return this;
    }

    /** One page, counted and fetched in the database, in the given order ({@code e.id} style). */
    <E, R> Page<R> page(
            EntityManager entityManager,
            Class<E> type,
            String orderBy,
            Function<E, R> toRecord,
            int offset,
            int limit) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where, Long.class);
        TypedQuery<E> query =
                entityManager.createQuery("SELECT e FROM " + entity + " e" + where + " ORDER BY " + orderBy, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            query.setParameter(name, value);
        });
        List<R> items = query.setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(toRecord)
                .toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }
}
