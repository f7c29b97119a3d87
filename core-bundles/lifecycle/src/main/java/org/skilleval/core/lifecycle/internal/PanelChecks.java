package org.skilleval.core.lifecycle.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.lifecycle.ConflictOfInterestRule;
import org.skilleval.core.lifecycle.PanelConflict;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks a panel's members and their sheets must pass beyond their form: the registered
 * conflict-of-interest rules (回避), and the divergence of a sheet from the panel's medians
 * (评分分歧) with the configured gap. Shared by the panel and the assessment services.
 */
@Component(service = PanelChecks.class, configurationPid = LifecycleConfiguration.PID)
public class PanelChecks {

    private static final Logger LOG = LoggerFactory.getLogger(PanelChecks.class);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** A registered rule and the cities it is restricted to; empty for every city. */
    private record Registered(ConflictOfInterestRule rule, Set<String> cities) {

        boolean appliesTo(String cityCode) {
            return cities.isEmpty() || cities.contains(cityCode);
        }
    }

    private final Map<Object, Registered> rules = new ConcurrentHashMap<>();
    private volatile BigDecimal gap;

    @Activate
    public PanelChecks(LifecycleConfiguration configuration) {
        this(BigDecimal.valueOf(configuration.divergenceGap()));
    }

    /** Checks with no rule registered yet; for tests and services built without DS. */
    PanelChecks(BigDecimal gap) {
        this.gap = gap;
    }

    @Modified
    void modified(LifecycleConfiguration configuration) {
        gap = BigDecimal.valueOf(configuration.divergenceGap());
    }

    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRule(ConflictOfInterestRule rule, Map<String, Object> properties) {
        rules.put(
                key(rule, properties),
                new Registered(rule, cities(properties.get(ConflictOfInterestRule.CITY_PROPERTY))));
    }

    void unbindRule(ConflictOfInterestRule rule, Map<String, Object> properties) {
        rules.computeIfPresent(
                key(rule, properties), (key, registered) -> registered.rule() == rule ? null : registered);
    }

    /** Registers a rule as DS would, for tests: restricted to these cities, or every city without any. */
    PanelChecks with(ConflictOfInterestRule rule, String... cities) {
        bindRule(
                rule,
                cities.length == 0
                        ? Map.of()
                        : Map.of(ConflictOfInterestRule.CITY_PROPERTY, cities.length == 1 ? cities[0] : cities));
        return this;
    }

    /**
     * Every conflict of these members with these candidates under the rules of the city, members
     * in the order given, then candidates by id.
     *
     * @throws RuleViolationException rule {@code conflict-rule-failed} when a rule fails: a panel is
     *         not composed unchecked
     */
    List<PanelConflict> conflicts(
            String cityCode, List<PanelMember> members, Collection<ApplicationRecord> candidates) {
        List<Registered> applicable =
                rules.values().stream().filter(r -> r.appliesTo(cityCode)).toList();
        List<ApplicationRecord> ordered = candidates.stream()
                .sorted(Comparator.comparingLong(ApplicationRecord::id))
                .toList();
        List<PanelConflict> found = new ArrayList<>();
        for (PanelMember member : members) {
            for (ApplicationRecord candidate : ordered) {
                for (Registered registered : applicable) {
                    for (ConflictOfInterestRule.Conflict conflict : run(registered.rule(), member, candidate)) {
                        found.add(new PanelConflict(
                                member.expertId(),
                                member.name(),
                                candidate.id(),
                                candidate.form().name(),
                                conflict.ruleId(),
                                masked(conflict.reason(), candidate.form().idNumber())));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The divergence flags the sheets of one method of one candidate are to carry (sheet id →
     * flag), given the panel's members. Until every member has submitted the method's sheet the
     * flags stay as they are; then each member's points on each item are compared with the median
     * of the members' points on that item, and an item further than the gap (not at it) flags the
     * sheet. A flag whose outcome is KEPT stays decided while the same items diverge with the same
     * points; any other change opens it again. A gap of 0 flags nothing.
     */
    Map<Long, DivergenceFlag> divergence(List<ScoreSheetRecord> methodSheets, List<PanelMember> members) {
        BigDecimal currentGap = gap;
        Map<Long, DivergenceFlag> flags = new HashMap<>();
        if (currentGap.signum() <= 0) {
            return flags;
        }
        Set<String> memberIds = members.stream().map(PanelMember::expertId).collect(Collectors.toSet());
        List<ScoreSheetRecord> panel = methodSheets.stream()
                .filter(s -> memberIds.contains(s.expertId()))
                .toList();
        boolean complete = panel.size() == memberIds.size()
                && panel.stream().allMatch(s -> s.status() == ScoreSheetRecord.Status.SUBMITTED);
        if (!complete) {
            methodSheets.stream().filter(s -> s.divergence() != null).forEach(s -> flags.put(s.id(), s.divergence()));
            return flags;
        }
        Map<String, List<BigDecimal>> byItem = new TreeMap<>();
        panel.forEach(s -> s.points().forEach((item, points) -> byItem.computeIfAbsent(item, i -> new ArrayList<>())
                .add(points)));
        Map<String, BigDecimal> medians = new TreeMap<>();
        byItem.forEach((item, points) -> medians.put(item, median(points)));
        for (ScoreSheetRecord sheet : panel) {
            Map<String, DivergenceFlag.Item> diverging = new TreeMap<>();
            sheet.points().forEach((item, points) -> {
                BigDecimal median = medians.get(item);
                if (points.subtract(median).abs().compareTo(currentGap) > 0) {
                    diverging.put(item, new DivergenceFlag.Item(points, median));
                }
            });
            if (!diverging.isEmpty()) {
                flags.put(sheet.id(), flag(sheet.divergence(), currentGap, diverging));
            }
        }
        return flags;
    }

    private static DivergenceFlag flag(DivergenceFlag before, BigDecimal gap, Map<String, DivergenceFlag.Item> items) {
        if (before != null && before.outcome() == DivergenceFlag.Outcome.KEPT && samePoints(before.items(), items)) {
            return new DivergenceFlag(
                    gap, items, before.outcome(), before.note(), before.decidedBy(), before.decidedAt());
        }
        return DivergenceFlag.open(gap, items);
    }

    private static boolean samePoints(Map<String, DivergenceFlag.Item> before, Map<String, DivergenceFlag.Item> now) {
        return before.keySet().equals(now.keySet())
                && now.entrySet().stream()
                        .allMatch(e -> before.get(e.getKey()).points() != null
                                && before.get(e.getKey())
                                                .points()
                                                .compareTo(e.getValue().points())
                                        == 0);
    }

    /** The median: the middle value, or the mean of the two middle values of an even count. */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO);
    }

    private static List<ConflictOfInterestRule.Conflict> run(
            ConflictOfInterestRule rule, PanelMember member, ApplicationRecord candidate) {
        try {
            List<ConflictOfInterestRule.Conflict> conflicts = rule.conflicts(member, candidate);
            if (conflicts == null || conflicts.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalStateException("answered null");
            }
            return conflicts;
        } catch (RuntimeException e) {
            LOG.warn(
                    "Conflict-of-interest rule {} failed on application {}",
                    rule.getClass().getName(),
                    candidate.id(),
                    e);
            throw new RuleViolationException(
                    "members",
                    "conflict-rule-failed",
                    "一条回避规则运行出错，无法确认评委是否须回避，请联系管理员（详情见服务器日志）",
                    "A conflict-of-interest rule failed, so whether an expert must stand aside cannot be told;"
                            + " contact the administrator (the server log has the details)");
        }
    }

    /** The reason with the candidate's ID number masked, should a rule have quoted it. */
    private static LocalizedText masked(LocalizedText reason, String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return reason;
        }
        String mask = ResidentIdNumber.mask(idNumber);
        return LocalizedText.of(hide(reason.zh(), idNumber, mask), hide(reason.en(), idNumber, mask));
    }

    private static String hide(String text, String idNumber, String mask) {
        return text == null
                ? null
                : text.replace(idNumber, mask)
                        .replace(idNumber.toLowerCase(java.util.Locale.ROOT), mask)
                        .replace(idNumber.toUpperCase(java.util.Locale.ROOT), mask);
    }

    private static Object key(ConflictOfInterestRule rule, Map<String, Object> properties) {
        Object serviceId = properties.get(Constants.SERVICE_ID);
        return serviceId != null ? serviceId : rule;
    }

    private static Set<String> cities(Object property) {
        if (property == null) {
            return Set.of();
        }
        Collection<?> values = property instanceof String[] array
                ? List.of(array)
                : property instanceof Collection<?> collection ? collection : List.of(property);
        return values.stream()
                .map(v -> v.toString().strip())
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
