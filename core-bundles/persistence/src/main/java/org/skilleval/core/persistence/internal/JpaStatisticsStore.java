package org.skilleval.core.persistence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.persistence.StatisticsStore;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.ParticipationLifecycle;

/**
 * Counts applications with one grouped query on the application table, whose round, city and
 * enterprise indexes serve the filters; names are looked up afterwards for the groups found only.
 */
@Component(service = StatisticsStore.class)
public class JpaStatisticsStore implements StatisticsStore {

    private static final List<ApplicationStatus> PASSED = List.copyOf(ApplicationLifecycle.PASSED_ASSESSMENT);

    private final JpaTransactions transactions;

    @Activate
    public JpaStatisticsStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public List<StatisticsRow> count(StatisticsDimension dimension, Long roundId, String cityCode, String creditCode) {
        String group = groupColumn(dimension);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE e.status <> :draft");
        parameters.put("draft", ApplicationStatus.DRAFT);
        narrow(where, parameters, "e.roundId", "e.cityCode", "e.creditCode", roundId, cityCode, creditCode);
        // COUNT of a NOT NULL column the round indexes carry, not of the entity (its ID): with it the
        // counts read the index alone, never the rows with their forms (docs/performance.md, Province scale)
        String jpql = "SELECT " + group + ", COUNT(e.status),"
                + " SUM(CASE WHEN e.eligible = TRUE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.status IN (:passed0, :passed1, :passed2, :passed3) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.status = :certified THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.status = :cancelled THEN 1 ELSE 0 END)"
                + " FROM ApplicationEntity e" + where + " GROUP BY " + group + " ORDER BY " + group;
        for (int i = 0; i < PASSED.size(); i++) {
            parameters.put("passed" + i, PASSED.get(i));
        }
        parameters.put("certified", ApplicationStatus.CERTIFIED);
        parameters.put("cancelled", ApplicationStatus.CANCELLED);
        return transactions.read(entityManager -> {
            Query query = entityManager.createQuery(jpql);
            parameters.forEach(query::setParameter);
            List<StatisticsRow> rows = new ArrayList<>();
            for (Object result : query.getResultList()) {
                Object[] columns = (Object[]) result;
                String key = String.valueOf(columns[0]);
                rows.add(new StatisticsRow(
                        key,
                        null,
                        number(columns[1]),
                        number(columns[2]),
                        number(columns[3]),
                        number(columns[4]),
                        number(columns[5]),
                        0));
            }
            Map<String, Long> objections = objections(entityManager, dimension, roundId, cityCode, creditCode);
            Map<String, Long> seniors = dimension == StatisticsDimension.OCCUPATION
                    ? seniorsByOccupation(entityManager, roundId, cityCode, creditCode)
                    : seniors(entityManager, dimension, roundId, cityCode, creditCode);
            return labelled(
                    entityManager,
                    dimension,
                    rows.stream()
                            .map(row -> row.withObjections(objections.getOrDefault(row.key(), 0L)))
                            .toList(),
                    seniors);
        });
    }

    /** Objections per group; by occupation through the candidate's entry on the proposal list. */
    private static Map<String, Long> objections(
            EntityManager entityManager,
            StatisticsDimension dimension,
            Long roundId,
            String cityCode,
            String creditCode) {
        String group =
                switch (dimension) {
                    case CITY -> "o.cityCode";
                    case ENTERPRISE -> "o.creditCode";
                    case OCCUPATION -> "p.occupation";
                    case ROUND -> "o.roundId";
                };
        StringBuilder jpql = new StringBuilder("SELECT " + group + ", COUNT(o) FROM ObjectionEntity o");
        if (dimension == StatisticsDimension.OCCUPATION) {
            jpql.append(", ProposalEntryEntity p WHERE p.id = o.entryId");
        } else {
            jpql.append(" WHERE 1 = 1");
        }
        Map<String, Object> parameters = new HashMap<>();
        narrow(jpql, parameters, "o.roundId", "o.cityCode", "o.creditCode", roundId, cityCode, creditCode);
        jpql.append(" GROUP BY ").append(group);
        return countsByGroup(entityManager, jpql.toString(), parameters);
    }

    /** 高级技师 of the accepted pilot enterprises per city, enterprise or round, as recommended. */
    private static Map<String, Long> seniors(
            EntityManager entityManager,
            StatisticsDimension dimension,
            Long roundId,
            String cityCode,
            String creditCode) {
        String group =
                switch (dimension) {
                    case CITY -> "p.cityCode";
                    case ENTERPRISE -> "p.enterprise.creditCode";
                    case ROUND -> "p.roundId";
                    case OCCUPATION -> throw new IllegalArgumentException("by occupation the plans declare them");
                };
        StringBuilder jpql = new StringBuilder("SELECT " + group
                + ", SUM(p.seniorTechnicianCount) FROM ParticipationEntity p WHERE p.status IN :takingPart");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("takingPart", List.copyOf(ParticipationLifecycle.TAKING_PART));
        narrow(jpql, parameters, "p.roundId", "p.cityCode", "p.enterprise.creditCode", roundId, cityCode, creditCode);
        jpql.append(" GROUP BY ").append(group);
        return countsByGroup(entityManager, jpql.toString(), parameters);
    }

    /**
     * 高级技师 per occupation, as the accepted enterprises' work plans declare them. An occupation that
     * some plan evaluates without declaring its count maps to {@code null}: a partial sum would make
     * the ratio look higher than it is.
     */
    private static Map<String, Long> seniorsByOccupation(
            EntityManager entityManager, Long roundId, String cityCode, String creditCode) {
        StringBuilder jpql = new StringBuilder("SELECT w.occupations, w.seniorTechnicians FROM WorkPlanEntity w,"
                + " ParticipationEntity p WHERE p.id = w.participationId AND p.status IN :takingPart");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("takingPart", List.copyOf(ParticipationLifecycle.TAKING_PART));
        narrow(jpql, parameters, "w.roundId", "w.cityCode", "w.creditCode", roundId, cityCode, creditCode);
        Query query = entityManager.createQuery(jpql.toString());
        parameters.forEach(query::setParameter);
        Map<String, Long> counts = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] columns = (Object[]) result;
            Map<String, Integer> declared = WorkPlanEntity.decodeCounts((String) columns[1]);
            String occupations = (String) columns[0];
            for (String occupation : occupations == null ? new String[0] : occupations.split("\n")) {
                String name = occupation.strip();
                Integer count = declared.get(occupation);
                if (name.isEmpty()) {
                    continue;
                }
                if (count == null) {
                    counts.put(name, null);
                } else if (!counts.containsKey(name) || counts.get(name) != null) {
                    counts.merge(name, count.longValue(), Long::sum);
                }
            }
        }
        return counts;
    }

    /** A query's rows of (group, count) as a map from the group, as a string, to the count. */
    private static Map<String, Long> countsByGroup(
            EntityManager entityManager, String jpql, Map<String, Object> parameters) {
        Query query = entityManager.createQuery(jpql);
        parameters.forEach(query::setParameter);
        Map<String, Long> counts = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] columns = (Object[]) result;
            counts.put(String.valueOf(columns[0]), number(columns[1]));
        }
        return counts;
    }

    private static String groupColumn(StatisticsDimension dimension) {
        return switch (dimension) {
            case CITY -> "e.cityCode";
            case ENTERPRISE -> "e.creditCode";
            case OCCUPATION -> "e.appliedOccupation";
            case ROUND -> "e.roundId";
        };
    }

    /** Appends the round, city and enterprise conditions that are given, on these paths of the query. */
    private static void narrow(
            StringBuilder jpql,
            Map<String, Object> parameters,
            String roundPath,
            String cityPath,
            String creditPath,
            Long roundId,
            String cityCode,
            String creditCode) {
        if (roundId != null) {
            jpql.append(" AND ").append(roundPath).append(" = :roundId");
            parameters.put("roundId", roundId);
        }
        if (cityCode != null) {
            jpql.append(" AND ").append(cityPath).append(" = :cityCode");
            parameters.put("cityCode", cityCode);
        }
        if (creditCode != null) {
            jpql.append(" AND ").append(creditPath).append(" = :creditCode");
            parameters.put("creditCode", creditCode);
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<StatisticsRow> labelled(
            EntityManager entityManager,
            StatisticsDimension dimension,
            List<StatisticsRow> rows,
            Map<String, Long> seniors) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, String> labels = new HashMap<>();
        List<String> keys = rows.stream().map(StatisticsRow::key).toList();
        switch (dimension) {
            case CITY -> keys.forEach(
                    code -> labels.put(code, City.fromCode(code).nameZh()));
            case ENTERPRISE -> entityManager
                    .createQuery(
                            "SELECT e.creditCode, e.name FROM EnterpriseEntity e WHERE e.creditCode IN :codes",
                            Object[].class)
                    .setParameter("codes", keys)
                    .getResultList()
                    .forEach(row -> labels.put((String) row[0], (String) row[1]));
            case ROUND -> entityManager
                    .createQuery("SELECT e.id, e.title FROM RoundEntity e WHERE e.id IN :ids", Object[].class)
                    .setParameter("ids", keys.stream().map(Long::valueOf).toList())
                    .getResultList()
                    .forEach(row -> labels.put(String.valueOf(row[0]), (String) row[1]));
            case OCCUPATION -> {
                // the occupation is its own label
            }
        }
        return rows.stream()
                .map(row -> row.with(labels.get(row.key()), seniors.get(row.key())))
                .toList();
    }
}
