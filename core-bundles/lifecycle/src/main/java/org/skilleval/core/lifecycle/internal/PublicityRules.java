package org.skilleval.core.lifecycle.internal;

import java.time.LocalDate;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.WorkingDayCalendar;

/** The checks the proposal-list, objection and certificate services share. */
final class PublicityRules {

    private PublicityRules() {}

    /**
     * A publicity window from {@code start} (not before today) to {@code end} or, when none is
     * given, the shortest allowed: {@value ProposalListService#MINIMUM_PUBLICITY_WORKING_DAYS}
     * working days counting the first day.
     *
     * @return the last day of the window
     */
    static LocalDate window(
            WorkingDayCalendar calendar,
            String startField,
            String endField,
            LocalDate start,
            LocalDate end,
            LocalDate today) {
        if (start == null) {
            throw new RuleViolationException(
                    startField, "required", "请填写公示开始日期", "the first day of the publicity is required");
        }
        if (start.isBefore(today)) {
            throw new RuleViolationException(
                    startField,
                    "start-in-past",
                    "公示开始日期不能早于今天（" + today + "）",
                    "the publicity cannot start before today (" + today + ")");
        }
        LocalDate earliest = calendar.lastDayOfPeriod(start, ProposalListService.MINIMUM_PUBLICITY_WORKING_DAYS);
        if (end == null) {
            return earliest;
        }
        if (end.isBefore(earliest)) {
            throw new RuleViolationException(
                    endField,
                    "publicity-too-short",
                    "公示期不少于" + ProposalListService.MINIMUM_PUBLICITY_WORKING_DAYS + "个工作日（含首日）：自 " + start + " 起最早于 "
                            + earliest + " 结束",
                    "a publicity lasts at least " + ProposalListService.MINIMUM_PUBLICITY_WORKING_DAYS
                            + " working days, the first day counting: from " + start + " it ends on " + earliest
                            + " at the earliest");
        }
        return end;
    }

    /** Whether today lies in one of the list's publicity windows. */
    static boolean inWindow(ProposalListRecord list, LocalDate today) {
        return within(list.enterpriseStart(), list.enterpriseEnd(), today)
                || within(list.provinceStart(), list.provinceEnd(), today);
    }

    private static boolean within(LocalDate start, LocalDate end, LocalDate today) {
        return start != null && end != null && !today.isBefore(start) && !today.isAfter(end);
    }

    static String text(String field, String value, int maxLength, boolean required, String zhName, String enName) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            throw new RuleViolationException(field, "required", "请填写" + zhName, enName + " is required");
        }
        if (stripped.length() > maxLength) {
            throw new RuleViolationException(
                    field,
                    "length",
                    zhName + "最多 " + maxLength + " 个字符",
                    enName + " takes at most " + maxLength + " characters");
        }
        return stripped;
    }
}
