package org.skilleval.core.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's working days as the State Council's annual holiday notices (国务院办公厅关于部分节假日
 * 安排的通知) define them: Monday to Friday unless the notice makes the day a day off, plus any
 * weekend day the notice makes a make-up working day (调休上班).
 *
 * <p>Contract: immutable and thread-safe. The calendar knows a set of years; every computation that
 * needs a date in any other year refuses with rule {@code calendar-year-unknown} rather than guess,
 * because a weekday in an unknown year may be a holiday. Periods count working days, never 24-hour
 * blocks.
 *
 * <p>Data is JSON in the format of the bundled {@code cn-holidays.json}:
 * <pre>{"years": {"2026": {"off": ["2026-01-01", ...], "work": ["2026-01-04", ...]}}}</pre>
 * Other top-level members (such as {@code description}) are ignored. Each notice comes out around
 * November for the next year, so the operator adds a year (or corrects one) with a file in
 * {@code etc/skilleval-holidays/} without a new release.
 */
public final class WorkingDayCalendar {

    /** The name of the bundled resource, next to this class. */
    public static final String BUNDLED_RESOURCE = "cn-holidays.json";
    /** Where the operator puts extra or corrected years, relative to the Karaf base directory. */
    public static final String OPERATOR_DIRECTORY = "etc/skilleval-holidays/";

    // Strict: a year listed twice in one file or junk after the document is an operator's slip
    // that would otherwise silently drop data.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private record Year(Set<LocalDate> off, Set<LocalDate> work) {}

    private final Map<Integer, Year> years;

    private WorkingDayCalendar(Map<Integer, Year> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /**
     * Reads one or more JSON documents in order. A year in a later document replaces that year of
     * an earlier one as a whole (the operator's file corrects a year; it is not merged date by
     * date, so a date removed in the correction is really gone). The streams are read to the end
     * but not closed: the caller opened them.
     *
     * @param sources the documents, earliest first
     * @return the calendar
     * @throws RuleViolationException (field {@code source[i]}, i counted from 1, rule
     *                                {@code calendar-format}) naming the bad document and entry when a
     *                                document is not valid JSON, a year key is not a year, a date is
     *                                not an ISO date of that year, or a date is both off and work
     * @throws UncheckedIOException   when a stream cannot be read
     */
    public static WorkingDayCalendar load(List<InputStream> sources) {
        Objects.requireNonNull(sources, "sources");
        Map<Integer, Year> years = new TreeMap<>();
        int index = 0;
        for (InputStream source : sources) {
            index++;
            years.putAll(read(Objects.requireNonNull(source, "source"), "source[" + index + "]"));
        }
        return new WorkingDayCalendar(years);
    }

    /**
     * The calendar shipped with the platform ({@value #BUNDLED_RESOURCE}), without any operator
     * additions.
     *
     * @return the calendar
     * @throws IllegalStateException when the resource is missing from the bundle (a build error)
     */
    public static WorkingDayCalendar bundled() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the bundle");
            }
            return load(List.of(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the years this calendar can compute in, ascending; unmodifiable */
    public SortedSet<Integer> knownYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /**
     * Whether a day is a working day: a make-up working day, or Monday–Friday and not a day off.
     *
     * @param date the day
     * @return {@code true} for a working day
     * @throws RuleViolationException with rule {@code calendar-year-unknown}
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Year year = year(date.getYear());
        if (year.work().contains(date)) {
            return true;
        }
        if (year.off().contains(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days that starts on {@code firstDay}.
     * The first day counts when it is a working day, as Jiangsu's notices count ("from Monday 13
     * to Friday 17, 5 working days"); when it is not, counting starts at the next working day.
     *
     * @param firstDay    the day the period starts
     * @param workingDays the length, at least 1
     * @return the day on which the {@code workingDays}-th working day falls
     * @throws RuleViolationException with rule {@code period-length} when {@code workingDays} is
     *                                below 1, or {@code calendar-year-unknown}
     */
    public LocalDate lastDayOfPeriod(LocalDate firstDay, int workingDays) {
        Objects.requireNonNull(firstDay, "firstDay");
        if (workingDays < 1) {
            throw new RuleViolationException(
                    "workingDays", "period-length", "期限须至少为1个工作日", "a period must be at least 1 working day long");
        }
        LocalDate day = firstDay;
        int counted = 0;
        // Terminates: every year holds working days, and an unknown year throws.
        while (true) {
            if (isWorkingDay(day)) {
                counted++;
                if (counted == workingDays) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    /**
     * The number of working days from one day to another, both included.
     *
     * @param fromInclusive the first day
     * @param toInclusive   the last day, not before {@code fromInclusive}
     * @return the number of working days, 0 or more
     * @throws RuleViolationException with rule {@code date-order} when {@code toInclusive} is before
     *                                {@code fromInclusive}, or {@code calendar-year-unknown}
     */
    public int countWorkingDays(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        // A reversed range is a caller's mistake; answering 0 would hide it.
        if (toInclusive.isBefore(fromInclusive)) {
            throw new RuleViolationException(
                    "toInclusive", "date-order", "结束日期早于开始日期", "the end date is before the start date");
        }
        // Check both ends first so that a range into an unknown year fails before any counting.
        year(fromInclusive.getYear());
        year(toInclusive.getYear());
        int count = 0;
        for (LocalDate day = fromInclusive; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The given day when it is a working day, else the next working day.
     *
     * @param date the day
     * @return the first working day on or after {@code date}
     * @throws RuleViolationException with rule {@code calendar-year-unknown}
     */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        return lastDayOfPeriod(date, 1);
    }

    private Year year(int year) {
        Year data = years.get(year);
        if (data == null) {
            throw new RuleViolationException(
                    "calendar",
                    "calendar-year-unknown",
                    "工作日历中没有" + year + "年的节假日安排，无法计算工作日。请运维人员按国务院办公厅"
                            + "关于" + year + "年部分节假日安排的通知，将该年的放假和调休上班日期整理为 JSON 文件"
                            + "（格式同 cn-holidays.json），放入 " + OPERATOR_DIRECTORY + " 目录。",
                    "The working-day calendar has no holiday schedule for " + year + ", so working days"
                            + " cannot be computed. Operator: add " + year + "'s schedule from the State"
                            + " Council General Office's holiday notice as a JSON"
                            + " file in the format of cn-holidays.json in " + OPERATOR_DIRECTORY + ".");
        }
        return data;
    }

    private static Map<Integer, Year> read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null
                    ? "?"
                    : String.valueOf(e.getLocation().getLineNr());
            throw formatError(source, "", "不是有效的 JSON（第" + line + "行）", "is not valid JSON (line " + line + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw formatError(source, "", "须为 JSON 对象", "must be a JSON object");
        }
        JsonNode yearsNode = root.get("years");
        if (yearsNode == null || !yearsNode.isObject()) {
            throw formatError(source, "years", "缺失或不是 JSON 对象", "is missing or not a JSON object");
        }
        Map<Integer, Year> years = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = yearsNode.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "years." + entry.getKey();
            if (!entry.getKey().matches("[0-9]{4}")) {
                throw formatError(source, path, "年份须为4位数字", "the year must be 4 digits");
            }
            int year = Integer.parseInt(entry.getKey());
            if (!entry.getValue().isObject()) {
                throw formatError(source, path, "须为含 off 和 work 的 JSON 对象", "must be a JSON object with off and work");
            }
            Set<LocalDate> off = dates(entry.getValue(), "off", year, source, path);
            Set<LocalDate> work = dates(entry.getValue(), "work", year, source, path);
            for (LocalDate day : off) {
                if (work.contains(day)) {
                    throw formatError(
                            source, path, day + " 同时列在 off 和 work 中", day + " is listed in both off and work");
                }
            }
            years.put(year, new Year(Set.copyOf(off), Set.copyOf(work)));
        }
        return years;
    }

    // Both lists are required, even when empty: a year without them would become a known year in
    // which every weekday works, which is only right if the operator wrote that explicitly.
    private static Set<LocalDate> dates(JsonNode yearNode, String name, int year, String source, String yearPath) {
        String path = yearPath + "." + name;
        JsonNode list = yearNode.get(name);
        if (list == null || !list.isArray()) {
            throw formatError(
                    source,
                    path,
                    "缺失或不是 JSON 数组（无此类日期时请写 []）",
                    "is missing or not a JSON array (write [] when there are no such days)");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String itemPath = path + "[" + i + "]";
            LocalDate day;
            try {
                if (!item.isTextual()) {
                    throw new DateTimeParseException("not a string", item.toString(), 0);
                }
                day = LocalDate.parse(item.asText());
            } catch (DateTimeParseException e) {
                throw formatError(
                        source,
                        itemPath,
                        "“" + item + "”不是 yyyy-MM-dd 格式的日期",
                        "'" + item + "' is not a date in yyyy-MM-dd form");
            }
            if (day.getYear() != year) {
                throw formatError(source, itemPath, day + " 不在" + year + "年内", day + " is not in " + year);
            }
            dates.add(day);
        }
        return dates;
    }

    private static RuleViolationException formatError(String source, String path, String zh, String en) {
        String where = path.isEmpty() ? source : source + " " + path;
        return new RuleViolationException(
                source,
                "calendar-format",
                "节假日数据格式错误：" + where + " " + zh,
                "holiday data format error: " + where + " " + en);
    }
}
