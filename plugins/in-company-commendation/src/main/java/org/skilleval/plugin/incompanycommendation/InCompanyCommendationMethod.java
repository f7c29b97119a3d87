package org.skilleval.plugin.incompanycommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.ConfigurationStatus;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.EvidenceType;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 企业内表彰 (in-company commendation): the honours the enterprise awarded the candidate, turned into
 * points by a table the work plan configures.
 *
 * <p>The score sheet has one line per recognised honour, on which each panel member (or the
 * enterprise's HR acting as one) records how many of that honour the candidate holds, verified
 * against the certificates: a whole number from 0 to {@value #MAX_COUNT}. The method then
 * <ol>
 * <li>agrees on each honour's count: with {@value #AGREEMENT} = {@code median} (default) it takes
 * the lower median of the sheets' counts, i.e. the largest count a majority of the sheets confirm,
 * and says in the reasons where the sheets differ; with {@code unanimous} differing counts refuse
 * the evaluation until the chair has the sheets corrected;</li>
 * <li>turns each count n into points: the honour's points for the first, and its points ×
 * {@value #REPEAT_FACTOR} for each further one (0 counts an honour once, 1 counts every one in
 * full), rounded to 2 places;</li>
 * <li>adds them up and caps the total at {@value #CAP}, which is also the method's maximum.</li>
 * </ol>
 * The result's item scores are the agreed counts (the sheet's unit); the points are in the reasons.
 * Its expert totals are each sheet's own counts turned into points by the same table, repeat factor
 * and cap, so they are on the method's scale (0 to the cap) like the score.
 *
 * <p>Configuration (every key optional; an unknown key or honour is refused):
 * {@code points.<honour>} (decimal ≥ 0, 2 places at most; 0 leaves the honour off the sheet, at
 * least one honour must be worth points), {@value #CAP} (decimal &gt; 0, default 100),
 * {@value #REPEAT_FACTOR} (decimal in [0, 1], default 0.5), {@value #MAX_COUNT} (integer in
 * [1, 99], default 10), {@value #AGREEMENT} ({@code median} or {@code unanimous}),
 * {@value #MIN_EXPERTS} (integer ≥ 1, default 1: the counts are facts, one verified sheet suffices).
 *
 * <p>The defaults of the parameters that have one are plugin-wide configuration ({@link
 * InCompanyCommendationConfiguration}, PID {@value InCompanyCommendationConfiguration#PID}): they apply to every plan that leaves the parameter
 * unset, and {@link #parameters()} reports them. A configured default that breaks the plan rules
 * is refused: the previous valid defaults stay in force, one error is logged and {@link
 * #configurationProblem()} says why.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = AssessmentMethod.class,
        configurationPid = InCompanyCommendationConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = InCompanyCommendationConfiguration.class)
public class InCompanyCommendationMethod implements AssessmentMethod, ConfigurationStatus {

    private static final Logger LOG = LoggerFactory.getLogger(InCompanyCommendationMethod.class);

    /** The method's id, referred to by work plans. */
    public static final String ID = "in-company-commendation";

    /** Prefix of an honour's points, e.g. {@code points.model-worker}. */
    public static final String POINTS_PREFIX = "points.";

    /** Key of the cap on the total, which is also the method's maximum score. */
    public static final String CAP = "cap";

    /** Key of the share of an honour's points each further award of the same honour earns. */
    public static final String REPEAT_FACTOR = "repeatFactor";

    /** Key of the most of one honour a sheet may record. */
    public static final String MAX_COUNT = "maxCount";

    /** Key of the rule that agrees on the counts of several sheets. */
    public static final String AGREEMENT = "agreement";

    /** Key of the minimum number of sheets. */
    public static final String MIN_EXPERTS = "minExperts";

    static final String MEDIAN = "median";
    static final String UNANIMOUS = "unanimous";

    static final BigDecimal DEFAULT_CAP = BigDecimal.valueOf(100);
    static final BigDecimal DEFAULT_REPEAT_FACTOR = new BigDecimal("0.5");
    static final int DEFAULT_MAX_COUNT = 10;
    static final int HIGHEST_MAX_COUNT = 99;
    static final int DEFAULT_MIN_EXPERTS = 1;

    /** One honour of the table: its key (also the sheet item's id), name and default points. */
    private record Honour(String key, LocalizedText name, BigDecimal defaultPoints) {}

    private static final List<Honour> HONOURS = List.of(
            new Honour("model-worker", LocalizedText.of("企业级劳动模范", "Enterprise model worker"), BigDecimal.valueOf(30)),
            new Honour(
                    "chief-technician",
                    LocalizedText.of("企业首席技师", "Enterprise chief technician"),
                    BigDecimal.valueOf(30)),
            new Honour(
                    "technical-expert",
                    LocalizedText.of("企业技术能手", "Enterprise technical expert"),
                    BigDecimal.valueOf(20)),
            new Honour(
                    "skill-competition",
                    LocalizedText.of("企业职业技能竞赛前三名", "Top three in an enterprise skill competition"),
                    BigDecimal.valueOf(15)),
            new Honour(
                    "outstanding-mentor",
                    LocalizedText.of("企业优秀师傅", "Enterprise outstanding mentor"),
                    BigDecimal.valueOf(10)),
            new Honour(
                    "rationalisation-award",
                    LocalizedText.of("合理化建议奖", "Rationalisation proposal award"),
                    BigDecimal.valueOf(5)));

    private static final String HONOUR_KEYS = HONOURS.stream().map(Honour::key).collect(Collectors.joining(", "));

    private static final LocalizedText NAME = LocalizedText.of("企业内表彰", "In-company commendation");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "将企业授予申报人的表彰按工作方案规定的分值表折算为分数。评委（或作为评委的企业人力资源部门）对照证书"
                    + "核实并在评分表上填写申报人获得各项表彰的次数（整数）。每项表彰首次计该表彰的分值，同一表彰再次获得的"
                    + "每次计分值乘以重复系数（默认 0.5；0 为只计一次，1 为每次全额计分），各项相加后以封顶分（默认 100 分）"
                    + "为上限，封顶分即本评审方式的满分。多位评委的次数不一致时，默认每项取多数评委认可的次数（较小的中位数）"
                    + "并在评审理由中列明分歧；工作方案也可要求各评委完全一致，否则不予计算。内置默认分值：企业级劳动模范 30 分，"
                    + "企业首席技师 30 分，企业技术能手 20 分，企业职业技能竞赛前三名 15 分，企业优秀师傅 10 分，合理化建议奖 5 分。",
            "Turns the honours the enterprise awarded the candidate into points by the table of the work "
                    + "plan. The panel members (or the enterprise's HR acting as one) verify the certificates "
                    + "and record on the sheet how many of each honour the candidate holds (whole numbers). "
                    + "The first of an honour earns its points, each further one of the same honour its "
                    + "points times the repeat factor (default 0.5; 0 counts an honour once, 1 counts every "
                    + "one in full); the sum is capped (default 100), and the cap is the method's maximum. "
                    + "When the sheets' counts differ, each honour takes by default the count a majority of "
                    + "the sheets confirm (the lower median) and the reasons name the difference; a plan can "
                    + "require the sheets to agree instead. Built-in default points: enterprise model worker 30, "
                    + "enterprise chief technician 30, enterprise technical expert 20, top three in an "
                    + "enterprise skill competition 15, enterprise outstanding mentor 10, rationalisation "
                    + "proposal award 5.");

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of(
                    "企业授予申报人的表彰清单及其证书或表彰文件",
                    "The list of honours the enterprise awarded the candidate, with their certificates or "
                            + "award notices"),
            List.of(
                    new EvidenceField(
                            "honours",
                            LocalizedText.of("表彰清单（名称、授予单位、年份）", "List of honours (name, awarding body, year)"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "certificates",
                            LocalizedText.of(
                                    "表彰证书或企业表彰文件扫描件", "Scans of the certificates or the enterprise's award notices"),
                            EvidenceType.ATTACHMENT,
                            true),
                    new EvidenceField(
                            "hr-confirmation",
                            LocalizedText.of("企业人力资源部门的核实意见", "Confirmation by the enterprise's HR department"),
                            EvidenceType.ATTACHMENT,
                            false)));

    /** The defaults in force: the configuration of a plan that sets no parameter. */
    private volatile Config defaults = Config.BUILT_IN;

    /** Why the last configuration of the defaults was refused; {@code null} when it was accepted. */
    private volatile LocalizedText configurationProblem;

    /** The method with its built-in defaults, as without Config Admin. */
    public InCompanyCommendationMethod() {}

    /** The method with the configured defaults; see {@link #modified(InCompanyCommendationConfiguration)}. */
    @Activate
    public InCompanyCommendationMethod(InCompanyCommendationConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Takes changed defaults without a restart. An invalid configuration is refused with one
     * error in the log; the previous valid defaults (the built-in ones at first) stay in force and
     * the method stays available to running rounds.
     */
    @Modified
    void modified(InCompanyCommendationConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Why the current configuration of the plugin's defaults was refused (PID, key, value, rule),
     * or empty when it was accepted.
     */
    @Override
    public Optional<LocalizedText> configurationProblem() {
        return Optional.ofNullable(configurationProblem);
    }

    private synchronized void configure(InCompanyCommendationConfiguration configuration) {
        // The same reader and rules as a plan's parameters, against the built-in defaults.
        Parameters configured = configured(configuration);
        try {
            defaults = Config.of(configured, Config.BUILT_IN);
            configurationProblem = null;
        } catch (InvalidInputException e) {
            LocalizedText problem =
                    ConfigurationStatus.refused(InCompanyCommendationConfiguration.PID, configured, e.violations());
            configurationProblem = problem;
            LOG.error("{} / {}", problem.zh(), problem.en());
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return NAME;
    }

    @Override
    public LocalizedText description() {
        return DESCRIPTION;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameterSpecs(defaults);
    }

    @Override
    public EvidenceSpec evidence() {
        return EVIDENCE;
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        return Config.of(configuration, defaults).schema();
    }

    /** The score is the honours' points capped, not a sheet total: its scale is the cap. */
    @Override
    public BigDecimal maxScore(Parameters configuration) {
        return Config.of(configuration, defaults).cap();
    }

    @Override
    public List<Violation> validate(ScoreSheet sheet, Parameters configuration) {
        return check(Config.of(configuration, defaults).schema(), sheet);
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        Config config = Config.of(configuration, defaults);
        ScoreSheetSchema schema = config.schema();
        if (sheets.isEmpty()) {
            throw new InvalidInputException(
                    "sheets", "required", LocalizedText.of("没有提交的评分表", "No score sheet has been submitted"));
        }
        Scores.requirePanel(sheets, config.minExperts());
        List<Violation> invalid = new ArrayList<>();
        for (ScoreSheet sheet : sheets) {
            for (Violation v : check(schema, sheet)) {
                invalid.add(new Violation("sheets[" + sheet.expertId() + "]." + v.field(), v.rule(), v.message()));
            }
        }
        InvalidInputException.throwIfAny(invalid);

        List<Violation> disagreements = new ArrayList<>();
        List<LocalizedText> differences = new ArrayList<>();
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        for (Honour honour : config.honours()) {
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
            if (config.unanimous()) {
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

        List<LocalizedText> honourReasons = new ArrayList<>();
        BigDecimal total = honourPoints(config, counts, honourReasons);
        BigDecimal cap = config.cap();
        BigDecimal score = capped(total, cap);

        List<LocalizedText> reasons = new ArrayList<>();
        if (total.compareTo(cap) > 0) {
            reasons.add(LocalizedText.of(
                    "表彰折算合计 " + total.toPlainString() + " 分，超过封顶分，得 " + score.toPlainString() + " / " + plain(cap),
                    "Honours total " + total.toPlainString() + " points, above the cap: " + score.toPlainString()
                            + " / " + plain(cap)));
        } else {
            reasons.add(LocalizedText.of(
                    "表彰折算合计 " + score.toPlainString() + " / " + plain(cap) + " 分",
                    "Honours total " + score.toPlainString() + " / " + plain(cap) + " points"));
        }
        if (honourReasons.isEmpty()) {
            reasons.add(LocalizedText.of("未认定任何企业内表彰", "No recognised in-company honour"));
        }
        reasons.addAll(honourReasons);
        reasons.addAll(differences);
        // Each expert's own counts under the same table and cap, for schemes that weigh experts.
        Map<String, BigDecimal> expertTotals = new LinkedHashMap<>();
        for (ScoreSheet sheet : sheets) {
            expertTotals.put(sheet.expertId(), capped(honourPoints(config, sheet.points(), null), cap));
        }
        return new MethodResult(ID, score, cap, counts, false, reasons, expertTotals);
    }

    /**
     * The points the counts earn by the plan's table, before the cap: for each honour held n ≥ 1
     * times, its points plus its points × repeat factor × (n − 1), rounded to 2 places.
     *
     * @param counts honour key → count, a whole number, for every honour of the table
     * @param reasons where to add one line per honour held; {@code null} for none
     */
    private static BigDecimal honourPoints(Config config, Map<String, BigDecimal> counts, List<LocalizedText> reasons) {
        BigDecimal total = BigDecimal.ZERO;
        for (Honour honour : config.honours()) {
            int count = counts.get(honour.key()).intValueExact();
            if (count == 0) {
                continue;
            }
            BigDecimal first = config.points().get(honour.key());
            BigDecimal points = Scores.round(
                    first.add(first.multiply(config.repeatFactor()).multiply(BigDecimal.valueOf(count - 1L))));
            total = total.add(points);
            if (reasons == null) {
                continue;
            }
            BigDecimal further = Scores.round(first.multiply(config.repeatFactor()));
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
    private static BigDecimal capped(BigDecimal total, BigDecimal cap) {
        return total.min(cap).setScale(Scores.SCALE, Scores.ROUNDING);
    }

    /** The common checks of {@link Scores#check}, and whole numbers only: a sheet records counts. */
    private static List<Violation> check(ScoreSheetSchema schema, ScoreSheet sheet) {
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

    /**
     * The configuration of a work plan, read and checked once per call. The plugin's defaults are
     * one too: the configuration of a plan that sets nothing.
     *
     * @param points honour key → points, for the honours worth points only
     */
    private record Config(
            Map<String, BigDecimal> points,
            BigDecimal cap,
            BigDecimal repeatFactor,
            int maxCount,
            boolean unanimous,
            int minExperts) {

        static final Config BUILT_IN = new Config(
                HONOURS.stream().collect(Collectors.toUnmodifiableMap(Honour::key, Honour::defaultPoints)),
                DEFAULT_CAP,
                DEFAULT_REPEAT_FACTOR,
                DEFAULT_MAX_COUNT,
                false,
                DEFAULT_MIN_EXPERTS);

        /** An honour's points under this configuration: 0 when it is left off the sheet. */
        BigDecimal pointsOf(Honour honour) {
            return points.getOrDefault(honour.key(), BigDecimal.ZERO);
        }

        /** Reads a plan's parameters; what it leaves unset comes from {@code defaults}. */
        static Config of(Parameters parameters, Config defaults) {
            List<Violation> violations = new ArrayList<>();
            Set<String> known = new HashSet<>(Set.of(CAP, REPEAT_FACTOR, MAX_COUNT, AGREEMENT, MIN_EXPERTS));

            Map<String, BigDecimal> points = new LinkedHashMap<>();
            for (Honour honour : HONOURS) {
                String key = POINTS_PREFIX + honour.key();
                known.add(key);
                BigDecimal value = decimal(parameters, key, defaults.pointsOf(honour), violations);
                if (value != null && value.signum() < 0) {
                    violations.add(range(key, value, "不小于 0", "at least 0"));
                } else if (value != null && twoPlacesAtMost(key, value, violations) && value.signum() > 0) {
                    points.put(honour.key(), value);
                }
            }
            BigDecimal cap = decimal(parameters, CAP, defaults.cap(), violations);
            if (cap != null && cap.signum() <= 0) {
                violations.add(range(CAP, cap, "大于 0", "above 0"));
            } else if (cap != null) {
                twoPlacesAtMost(CAP, cap, violations);
            }
            BigDecimal repeatFactor = decimal(parameters, REPEAT_FACTOR, defaults.repeatFactor(), violations);
            if (repeatFactor != null && (repeatFactor.signum() < 0 || repeatFactor.compareTo(BigDecimal.ONE) > 0)) {
                violations.add(range(REPEAT_FACTOR, repeatFactor, "在 0–1 之间", "within 0–1"));
            }
            int maxCount = integer(parameters, MAX_COUNT, defaults.maxCount(), violations);
            if (maxCount < 1 || maxCount > HIGHEST_MAX_COUNT) {
                violations.add(range(
                        MAX_COUNT,
                        BigDecimal.valueOf(maxCount),
                        "在 1–" + HIGHEST_MAX_COUNT + " 之间",
                        "within 1–" + HIGHEST_MAX_COUNT));
            }
            int minExperts = integer(parameters, MIN_EXPERTS, defaults.minExperts(), violations);
            if (minExperts < 1) {
                violations.add(new Violation(
                        MIN_EXPERTS,
                        "min",
                        LocalizedText.of(
                                "配置项 " + MIN_EXPERTS + " 为 " + minExperts + "，最少评委人数至少为 1",
                                "Parameter " + MIN_EXPERTS + " is " + minExperts + "; at least 1 expert is required")));
            }
            String agreement = parameters
                    .getString(AGREEMENT, defaults.unanimous() ? UNANIMOUS : MEDIAN)
                    .trim()
                    .toLowerCase(Locale.ROOT);
            if (!agreement.equals(MEDIAN) && !agreement.equals(UNANIMOUS)) {
                violations.add(new Violation(
                        AGREEMENT,
                        "one-of",
                        LocalizedText.of(
                                "配置项 " + AGREEMENT + " 为 \"" + parameters.getString(AGREEMENT, "")
                                        + "\"，只能是 median（取多数评委认可的次数）或 unanimous（要求一致）",
                                "Parameter " + AGREEMENT + " is \"" + parameters.getString(AGREEMENT, "")
                                        + "\"; it must be median (the count a majority confirms) or unanimous "
                                        + "(the sheets must agree)")));
            }
            for (String key : parameters.asMap().keySet()) {
                if (known.contains(key)) {
                    continue;
                }
                if (key.startsWith(POINTS_PREFIX)) {
                    violations.add(new Violation(
                            key,
                            "unknown",
                            LocalizedText.of(
                                    "配置项 " + key + " 指向未知的表彰，可用的表彰为：" + HONOUR_KEYS,
                                    "Parameter " + key + " names an unknown honour; the honours are: " + HONOUR_KEYS)));
                } else {
                    violations.add(new Violation(
                            key,
                            "unknown",
                            LocalizedText.of(
                                    "配置项 " + key + " 不是企业内表彰的参数",
                                    "Parameter " + key + " is not a parameter of the in-company commendation")));
                }
            }
            if (violations.isEmpty() && points.isEmpty()) {
                violations.add(new Violation(
                        POINTS_PREFIX + "*",
                        "none",
                        LocalizedText.of(
                                "所有表彰的分值均为 0，至少要有一项表彰计分",
                                "Every honour is worth 0 points; at least one honour must earn points")));
            }
            InvalidInputException.throwIfAny(violations);
            return new Config(Map.copyOf(points), cap, repeatFactor, maxCount, agreement.equals(UNANIMOUS), minExperts);
        }

        /** The honours worth points under this configuration, in table order. */
        List<Honour> honours() {
            return HONOURS.stream().filter(h -> points.containsKey(h.key())).toList();
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
                            "每项 " + plain(first) + " 分，同一表彰只计一次",
                            plain(first) + " points; the same honour counts once");
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
                                "Enter the number held, verified against the certificates (a whole number); "
                                        + rule.en() + "; the total is capped at " + plain(cap)));
                items.add(new ScoreItem(
                        honour.key(),
                        LocalizedText.of(
                                honour.name().zh() + "（次数）", honour.name().en() + " (number held)"),
                        max,
                        BigDecimal.ONE,
                        null,
                        List.of(howTo)));
            }
            return new ScoreSheetSchema(items);
        }

        /** The decimal value of a key or its default; {@code null} when malformed (recorded). */
        private static BigDecimal decimal(
                Parameters parameters, String key, BigDecimal defaultValue, List<Violation> violations) {
            try {
                return parameters.getDecimal(key, defaultValue);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
                return null;
            }
        }

        /** The integer value of a key or its default; the default when malformed (recorded). */
        private static int integer(Parameters parameters, String key, int defaultValue, List<Violation> violations) {
            try {
                return parameters.getInt(key, defaultValue);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
                return defaultValue;
            }
        }

        private static boolean twoPlacesAtMost(String key, BigDecimal value, List<Violation> violations) {
            if (value.stripTrailingZeros().scale() <= Scores.SCALE) {
                return true;
            }
            violations.add(new Violation(
                    key,
                    "scale",
                    LocalizedText.of(
                            "配置项 " + key + " 最多保留 " + Scores.SCALE + " 位小数",
                            "Parameter " + key + " takes at most " + Scores.SCALE + " decimal places")));
            return false;
        }

        private static Violation range(String key, BigDecimal value, String zhBound, String enBound) {
            return new Violation(
                    key,
                    "range",
                    LocalizedText.of(
                            "配置项 " + key + " 为 " + value.toPlainString() + "，须" + zhBound,
                            "Parameter " + key + " is " + value.toPlainString() + "; it must be " + enBound));
        }
    }

    /** A configuration's defaults under the plan's keys, as configured (not yet checked). */
    private static Parameters configured(InCompanyCommendationConfiguration configuration) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(POINTS_PREFIX + "model-worker", configuration.points_model$_$worker());
        values.put(POINTS_PREFIX + "chief-technician", configuration.points_chief$_$technician());
        values.put(POINTS_PREFIX + "technical-expert", configuration.points_technical$_$expert());
        values.put(POINTS_PREFIX + "skill-competition", configuration.points_skill$_$competition());
        values.put(POINTS_PREFIX + "outstanding-mentor", configuration.points_outstanding$_$mentor());
        values.put(POINTS_PREFIX + "rationalisation-award", configuration.points_rationalisation$_$award());
        values.put(CAP, configuration.cap());
        values.put(REPEAT_FACTOR, configuration.repeatFactor());
        values.put(MAX_COUNT, configuration.maxCount());
        values.put(AGREEMENT, configuration.agreement());
        values.put(MIN_EXPERTS, configuration.minExperts());
        return Parameters.of(values);
    }

    private static List<ParameterSpec> parameterSpecs(Config defaults) {
        List<ParameterSpec> specs = new ArrayList<>();
        for (Honour honour : HONOURS) {
            specs.add(new ParameterSpec(
                    POINTS_PREFIX + honour.key(),
                    LocalizedText.of(
                            "“" + honour.name().zh() + "”每项分值（≥ 0，0 为不计）",
                            "Points of \"" + honour.name().en() + "\" (≥ 0; 0 leaves it out)"),
                    ParameterType.DECIMAL,
                    plain(defaults.pointsOf(honour)),
                    false));
        }
        specs.add(new ParameterSpec(
                CAP,
                LocalizedText.of("合计封顶分，即本评审方式满分（大于 0）", "Cap on the total, the method's maximum (above 0)"),
                ParameterType.DECIMAL,
                plain(defaults.cap()),
                false));
        specs.add(new ParameterSpec(
                REPEAT_FACTOR,
                LocalizedText.of(
                        "同一表彰再次获得时每次计分的比例（0–1；0 只计一次，1 全额计分）",
                        "Share of the points each further one of the same honour earns (0–1; 0 counts it "
                                + "once, 1 in full)"),
                ParameterType.DECIMAL,
                plain(defaults.repeatFactor()),
                false));
        specs.add(new ParameterSpec(
                MAX_COUNT,
                LocalizedText.of(
                        "评分表上每项表彰最多可填的次数（1–" + HIGHEST_MAX_COUNT + "）",
                        "Most of one honour a sheet may record (1–" + HIGHEST_MAX_COUNT + ")"),
                ParameterType.INTEGER,
                Integer.toString(defaults.maxCount()),
                false));
        specs.add(new ParameterSpec(
                AGREEMENT,
                LocalizedText.of(
                        "多位评委次数不一致时：median 取多数评委认可的次数，unanimous 要求一致",
                        "When the sheets' counts differ: median takes the count a majority confirms, "
                                + "unanimous requires them to agree"),
                ParameterType.STRING,
                defaults.unanimous() ? UNANIMOUS : MEDIAN,
                false));
        specs.add(new ParameterSpec(
                MIN_EXPERTS,
                LocalizedText.of("最少评分表份数（至少 1 份）", "Minimum number of sheets (at least 1)"),
                ParameterType.INTEGER,
                Integer.toString(defaults.minExperts()),
                false));
        return List.copyOf(specs);
    }
}
