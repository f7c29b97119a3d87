package org.skilleval.core.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The deadline of every phase of a round: the last day on which the phase's actions are accepted.
 *
 * <p>The defaults follow the seed's timeline for a round whose evaluation falls in {@code year}:
 * recommendations by 30 November and work plans by 31 December of the year before, plan review in
 * early January (to 10 January), evaluation to the end of February, publicity in early March (to
 * 10 March), certificates by the end of March. Jiangsu now runs a second round in the second half
 * of the year: batch 2 is the same timeline six months later. Each round may change any deadline.
 *
 * @param deadlines one deadline per phase, never decreasing in phase order
 */
public record RoundSchedule(Map<RoundPhase, LocalDate> deadlines) {

    public RoundSchedule {
        EnumMap<RoundPhase, LocalDate> copy = new EnumMap<>(RoundPhase.class);
        copy.putAll(deadlines);
        LocalDate previous = null;
        for (RoundPhase phase : RoundPhase.values()) {
            LocalDate deadline = copy.get(phase);
            if (deadline == null) {
                throw new RuleViolationException(
                        "deadlines." + phase.name(),
                        "required",
                        "缺少“" + phase.zh() + "”阶段的截止日期",
                        "The deadline of phase " + phase.en() + " is missing");
            }
            if (previous != null && deadline.isBefore(previous)) {
                throw new RuleViolationException(
                        "deadlines." + phase.name(),
                        "order",
                        "“" + phase.zh() + "”阶段的截止日期不能早于前一阶段",
                        "The deadline of phase " + phase.en() + " cannot be before the previous phase's");
            }
            previous = deadline;
        }
        deadlines = Collections.unmodifiableMap(copy);
    }

    /**
     * The seed's timeline for the given round.
     *
     * @param year the year in which the round's evaluation takes place (2022 for the first pilot)
     * @param batch 1 for the first round of the year, 2 for the second half-year round
     */
    public static RoundSchedule defaultFor(int year, int batch) {
        if (batch != 1 && batch != 2) {
            throw new RuleViolationException("batch", "range", "批次须为 1 或 2", "batch must be 1 or 2");
        }
        int shiftMonths = batch == 1 ? 0 : 6;
        Map<RoundPhase, LocalDate> deadlines = new EnumMap<>(RoundPhase.class);
        deadlines.put(RoundPhase.RECOMMENDATION, endOf(YearMonth.of(year - 1, 11), shiftMonths));
        deadlines.put(RoundPhase.WORK_PLAN, endOf(YearMonth.of(year - 1, 12), shiftMonths));
        deadlines.put(
                RoundPhase.PLAN_REVIEW,
                YearMonth.of(year, 1).plusMonths(shiftMonths).atDay(10));
        deadlines.put(RoundPhase.EVALUATION, endOf(YearMonth.of(year, 2), shiftMonths));
        deadlines.put(
                RoundPhase.PUBLICITY,
                YearMonth.of(year, 3).plusMonths(shiftMonths).atDay(10));
        deadlines.put(RoundPhase.CERTIFICATION, endOf(YearMonth.of(year, 3), shiftMonths));
        return new RoundSchedule(deadlines);
    }

    private static LocalDate endOf(YearMonth month, int shiftMonths) {
        return month.plusMonths(shiftMonths).atEndOfMonth();
    }

    /** The last day of the phase. */
    public LocalDate deadline(RoundPhase phase) {
        return deadlines.get(phase);
    }

    /** This schedule with one phase's deadline moved; the order of phases must still hold. */
    public RoundSchedule withDeadline(RoundPhase phase, LocalDate deadline) {
        Map<RoundPhase, LocalDate> changed = new EnumMap<>(deadlines);
        changed.put(phase, deadline);
        return new RoundSchedule(changed);
    }

    /**
     * Refuses an action of a phase after its deadline.
     *
     * @throws RuleViolationException rule {@code deadline-passed}, naming the phase and its deadline
     */
    public void requireOpen(RoundPhase phase, LocalDate today) {
        LocalDate deadline = deadline(phase);
        if (today.isAfter(deadline)) {
            throw new RuleViolationException(
                    "phase",
                    "deadline-passed",
                    "“" + phase.zh() + "”阶段已于 " + deadline + " 截止；如需延期，请联系省职业技能鉴定中心",
                    "The " + phase.en() + " phase closed on " + deadline
                            + "; only the provincial centre can extend it");
        }
    }
}
