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

    /**
     * How many rows past a page's start a list of ids is counted: a page of at most 20 rows, the
     * console's pager, and a reader that pages through the whole list need no more.
     */
    static final int COUNTED_AHEAD = 200;

    /** EclipseLink's query hint {@code QueryHints.BIND_PARAMETERS}. */
    private static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

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
        Page<E> page = fetch(entityManager, "e", type, orderBy, offset, limit);
        return page.withItems(page.items().stream().map(toRecord).toList());
    }

    /**
     * One page of some columns only ({@code select} like {@code "e.id, e.name"}), each row as an
     * array in that order; for lists that must not read large columns.
     */
    Page<Object[]> columns(EntityManager entityManager, String select, String orderBy, int offset, int limit) {
        return fetch(entityManager, select, Object[].class, orderBy, offset, limit);
    }

    /**
     * One page of the ids of the selected rows, in id order: a query that a covering index (the
     * filter's columns and the id) answers alone, without the rows and without sorting.
     */
    Page<Long> ids(EntityManager entityManager, int offset, int limit) {
        return fetch(entityManager, "e.id", Long.class, "e.id", offset, limit);
    }

    /**
     * One page of ids as {@link #ids}, for a list that grows with the province (a city's, the
     * whole round's): counted only up to {@link #COUNTED_AHEAD} rows past the page's start. An
     * exact {@code COUNT} read every index entry of such a list for every page, so pages grew 3 to
     * 65 times slower from 1,000 to 100,000 applications (docs/performance.md). Here a short page
     * is its own count, and otherwise one probe for the row {@code COUNTED_AHEAD} past the start
     * (the database skips the rows before it in the index, returning none of them) decides between
     * "more than" ({@link Page#totalExact()} false) and an exact count of a list that short.
     */
    Page<Long> idsCountedAhead(EntityManager entityManager, int offset, int limit) {
        return idsCountedAhead(entityManager, offset, limit, COUNTED_AHEAD);
    }

    Page<Long> idsCountedAhead(EntityManager entityManager, int offset, int limit, int countedAhead) {
        List<Long> items = query(entityManager, "e.id", Long.class, "e.id")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        if (endsTheList(items, offset, limit)) {
            return new Page<>(items, (long) offset + items.size(), offset, limit);
        }
        // past the page, so that a reader paging until offset + limit >= total reads on
        int ahead = Math.max(countedAhead, limit + 1);
        boolean more = RememberedAnswers.of(entityManager)
                .answer(
                        entityManager,
                        List.of("more", entity, where(), new LinkedHashMap<>(parameters), offset + ahead),
                        () -> !query(entityManager, "e.id", Long.class, "e.id")
                                .setFirstResult(offset + ahead)
                                .setMaxResults(1)
                                .getResultList()
                                .isEmpty());
        return more
                ? new Page<>(items, (long) offset + ahead, offset, limit, false)
                : new Page<>(items, count(entityManager), offset, limit);
    }

    private <T> Page<T> fetch(
            EntityManager entityManager, String select, Class<T> type, String orderBy, int offset, int limit) {
        List<T> items = query(entityManager, select, type, orderBy)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        long total = endsTheList(items, offset, limit) ? (long) offset + items.size() : count(entityManager);
        return new Page<>(items, total, offset, limit);
    }

    /**
     * Whether a page is the list's last and so counts it: shorter than its limit, and either at the
     * list's start or holding rows (an empty page past the start says nothing of where the list ends).
     * Most lists fit in one page (the rounds, an enterprise's lists), and then no {@code COUNT} runs.
     */
    private static boolean endsTheList(List<?> items, int offset, int limit) {
        return items.size() < limit && (offset == 0 || !items.isEmpty());
    }

    /**
     * The list's total; remembered while nothing is written, on a database of this process alone,
     * as is whether a list goes on past a page ({@link #idsCountedAhead}).
     */
    private long count(EntityManager entityManager) {
        String counting = "SELECT COUNT(e) FROM " + entity + " e" + where();
        return RememberedAnswers.of(entityManager)
                .answer(entityManager, List.of(counting, new LinkedHashMap<>(parameters)), () -> bound(
                                entityManager.createQuery(counting, Long.class))
                        .getSingleResult());
    }

    private <T> TypedQuery<T> query(EntityManager entityManager, String select, Class<T> type, String orderBy) {
        return bound(entityManager.createQuery(
                "SELECT " + select + " FROM " + entity + " e" + where() + " ORDER BY " + orderBy, type));
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private <T> TypedQuery<T> bound(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        // EclipseLink writes the values of a query with a function (the candidates' TRIM) into the
        // SQL text on Derby: every tenant's page was then a statement of its own, compiled anew
        // whenever Derby's statement cache (100 statements) had dropped it. Bound, it is one statement.
        return query.setHint(BIND_PARAMETERS, "true");
    }
}
