package org.skilleval.plugin.incompanycommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A plan's table of honours as read and checked: what each honour is worth, the cap, the repeat
 * factor, the most of one honour a sheet records, how the sheets must agree, and the fewest sheets.
 *
 * @param points honour key → points, for the honours worth points only
 */
record CommendationTable(
        Map<String, BigDecimal> points,
        BigDecimal cap,
        BigDecimal repeatFactor,
        int maxCount,
        boolean unanimous,
        int minExperts) {

    CommendationTable {
        Map<String, BigDecimal> worth = new LinkedHashMap<>();
        points.forEach((honour, value) -> {
            if (value.signum() > 0) {
                worth.put(honour, value);
            }
        });
        points = Map.copyOf(worth);
    }

    /** The honours worth points under this configuration, in table order. */
    List<Honour> honours() {
        return Honour.ALL.stream().filter(h -> points.containsKey(h.key())).toList();
    }

    ScoreSheetSchema schema() {
        BigDecimal max = BigDecimal.valueOf(maxCount);
        List<ScoreItem> items = new ArrayList<>();
        for (Honour honour : honours()) {
            BigDecimal first = points.get(honour.key());
            BigDecimal further = Scores.round(first.multiply(repeatFactor));
            LocalizedText rule;
            if (repeatFactor.signum() == 0) {
                rule = LocalizedText.of(
                        "每项 " + plain(first) + " 分，同一表彰只计一次", plain(first) + " points; the same honour counts once");
            } else if (repeatFactor.compareTo(BigDecimal.ONE) == 0) {
                rule = LocalizedText.of(
                        "每次 " + plain(first) + " 分，同一表彰每次均全额计分", plain(first) + " points for each one held");
            } else {
                rule = LocalizedText.of(
                        "首次 " + plain(first) + " 分，同一表彰再次获得每次 " + plain(further) + " 分",
                        plain(first) + " points for the first, " + plain(further)
                                + " for each further one of the same honour");
            }
            LevelDescriptor howTo = new LevelDescriptor(
                    BigDecimal.ZERO,
                    max,
                    LocalizedText.of(
                            "填写经证书核实的获得次数（整数）；" + rule.zh() + "；合计封顶 " + plain(cap) + " 分",
                            "Enter the number held, verified against the certificates (a whole number); " + rule.en()
                                    + "; the total is capped at " + plain(cap)));
            items.add(ScoreItem.of(
                    honour.key(),
                    LocalizedText.of(honour.name().zh() + "（次数）", honour.name().en() + " (number held)"),
                    max,
                    List.of(howTo)));
        }
        return new ScoreSheetSchema(items);
    }

    /**
     * The points the counts earn by the plan's table, before the cap: for each honour held n ≥ 1
     * times, its points plus its points × repeat factor × (n − 1), rounded to 2 places.
     *
     * @param counts honour key → count, a whole number, for every honour of the table
     * @param reasons where to add one line per honour held; {@code null} for none
     */
    BigDecimal honourPoints(Map<String, BigDecimal> counts, List<LocalizedText> reasons) {
        BigDecimal total = BigDecimal.ZERO;
        for (Honour honour : honours()) {
            int count = counts.get(honour.key()).intValueExact();
            if (count == 0) {
                continue;
            }
            BigDecimal first = points.get(honour.key());
            BigDecimal points =
                    Scores.round(first.add(first.multiply(repeatFactor).multiply(BigDecimal.valueOf(count - 1L))));
            total = total.add(points);
            if (reasons == null) {
                continue;
            }
            BigDecimal further = Scores.round(first.multiply(repeatFactor));
            String zh = honour.name().zh() + " × " + count + " = " + points.toPlainString() + " 分";
            String en = honour.name().en() + " × " + count + " = " + points.toPlainString() + " points";
            if (count > 1) {
                zh += "（首次 " + plain(first) + " 分，再次每次 " + plain(further) + " 分）";
                en += " (" + plain(first) + " for the first, " + plain(further) + " for each further one)";
            }
            reasons.add(LocalizedText.of(zh, en));
        }
        return total;
    }

    /** {@code total} capped at {@code cap}, to 2 places. */
    static BigDecimal capped(BigDecimal total, BigDecimal cap) {
        return total.min(cap).setScale(Scores.SCALE, Scores.ROUNDING);
    }

    /**
     * Each honour's count the sheets agree on: the lower median, the largest count a majority of
     * the sheets reach. Where the sheets differ a reason is added to {@code differences}; under
     * {@code unanimous} they are refused instead.
     *
     * @throws InvalidInputException when the plan requires the sheets to agree and they do not
     */
    Map<String, BigDecimal> agreedCounts(List<ScoreSheet> sheets, List<LocalizedText> differences) {
        List<Violation> disagreements = new ArrayList<>();
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        for (Honour honour : honours()) {
            SortedMap<String, Integer> byExpert = new TreeMap<>();
            sheets.forEach(sheet -> byExpert.put(
                    sheet.expertId(), sheet.points().get(honour.key()).intValueExact()));
            List<Integer> sorted = byExpert.values().stream().sorted().toList();
            // The lower median: the largest count that a majority of the sheets reach.
            int agreed = sorted.get((sorted.size() - 1) / 2);
            counts.put(honour.key(), BigDecimal.valueOf(agreed));
            if (sorted.get(0).equals(sorted.get(sorted.size() - 1))) {
                continue;
            }
            String listed = byExpert.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            if (unanimous) {
                disagreements.add(new Violation(
                        "points." + honour.key(),
                        "disagreement",
                        LocalizedText.of(
                                "评委填写的“" + honour.name().zh() + "”次数不一致（" + listed + "），工作方案要求一致，" + "请核实证书后更正评分表",
                                "The sheets differ on the number of \""
                                        + honour.name().en() + "\" (" + listed
                                        + "); the work plan requires them to agree: verify the certificates and "
                                        + "correct the sheets")));
            } else {
                differences.add(LocalizedText.of(
                        "评委填写的“" + honour.name().zh() + "”次数不一致（" + listed + "），取多数评委认可的 " + agreed + " 次",
                        "The sheets differ on the number of \"" + honour.name().en() + "\" (" + listed
                                + "); the count a majority confirms, " + agreed + ", is taken"));
            }
        }
        InvalidInputException.throwIfAny(disagreements);
        return counts;
    }

    /** The common checks of {@link Scores#check}, and whole numbers only: a sheet records counts. */
    static List<Violation> check(ScoreSheetSchema schema, ScoreSheet sheet) {
        List<Violation> violations = new ArrayList<>(Scores.check(schema, sheet));
        Set<String> flagged = violations.stream().map(Violation::field).collect(Collectors.toCollection(HashSet::new));
        for (ScoreItem item : schema.items()) {
            String field = "points." + item.id();
            BigDecimal count = sheet.points().get(item.id());
            if (count != null
                    && !flagged.contains(field)
                    && count.stripTrailingZeros().scale() > 0) {
                violations.add(new Violation(
                        field,
                        "integer",
                        LocalizedText.of(
                                "评分项“" + item.label().zh() + "”填写的是获得次数，须为整数，而不是 " + count.toPlainString(),
                                "Item \"" + item.label().en() + "\" is a number of honours held and must be a "
                                        + "whole number, not " + count.toPlainString())));
            }
        }
        return violations;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
