package org.skilleval.core.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AppointmentSettings;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.core.lifecycle.PilotEnterpriseService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.lifecycle.SupervisionService;
import org.skilleval.core.lifecycle.WorkPlanService;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.PriorityCondition;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo itself: who does what, in the order the pilot scheme prescribes. Every step goes
 * through the lifecycle services as the role that would take it.
 */
final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    static final String NANJING_POWER = "91320100MA1NJ00052";
    static final String SUZHOU_PRECISION = "91320500MA1PX00038";
    static final String EQUIPMENT_NAME = "南京某装备集团有限公司";

    /** The occupations the Nanjing equipment maker's plan evaluates; application i applies for i % 3. */
    static final List<String> OCCUPATIONS = List.of("车工", "钳工", "焊工");

    /** The equipment maker's treatment categories (待遇类别) for appointed 特级技师. */
    static final List<String> TREATMENT_CATEGORIES = List.of("特级技师岗位津贴一档（每月1500元）", "特级技师岗位津贴二档（每月1000元）");

    /** The equipment maker's default appointment term (聘期), in years. */
    static final int TERM_YEARS = 3;

    static final String ORAL_DEFENSE = "oral-defense";
    static final String WEIGHTED_SUM = "weighted-sum";

    static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    static final Caller EQUIPMENT_HR = enterpriseUser("nanjing-equipment-hr", NANJING_EQUIPMENT);
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));

    private static final String[] NAMES = {
        "王建国", "李国强", "张卫东", "刘志刚", "陈立新", "杨海峰", "赵永明", "黄建华", "周文斌", "吴振华", "徐明亮", "孙德胜"
    };

    /**
     * The experts of every demo panel, with the logins the distribution ships for them
     * ({@code etc/users.properties}, scope {@code expert:<id>}): the enterprise's own technical
     * experts and outside experts, 周振东 chairing.
     */
    static final Map<String, PanelMember> PANEL = panelByLogin();

    /**
     * The employees who have a login in the distribution ({@code etc/users.properties}): their
     * drafts and uploads are theirs, so that signing in as them shows their own photo and files.
     */
    static final Map<String, String> APPLICANT_LOGINS = Map.of("E1001", "wang-applicant", "E1002", "li-applicant");

    /** How far an application gets in the demo. */
    enum Stage {
        DRAFT,
        SUBMITTED,
        RETURNED,
        /** Endorsed; no expert has scored yet. */
        ENDORSED,
        /** Endorsed; some experts submitted their sheets, one saved a draft. */
        PARTLY_SCORED,
        PASSED,
        FAILED;

        boolean endorsed() {
            return this == ENDORSED || this == PARTLY_SCORED || this == PASSED || this == FAILED;
        }

        boolean scored() {
            return this == PARTLY_SCORED || this == PASSED || this == FAILED;
        }
    }

    /**
     * One expert's oral-defence sheet, in the items of the 口头答辩 score sheet.
     *
     * @param submitted whether the expert submits it or leaves it a draft
     */
    record DemoSheet(
            String expertId,
            String professionalKnowledge,
            String problemSolving,
            String innovation,
            String expression,
            String comment,
            boolean submitted) {

        Map<String, BigDecimal> points() {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            points.put("professional-knowledge", new BigDecimal(professionalKnowledge));
            points.put("problem-solving", new BigDecimal(problemSolving));
            points.put("innovation", new BigDecimal(innovation));
            points.put("expression", new BigDecimal(expression));
            return points;
        }
    }

    /**
     * What the demo seeded, for its one-line log.
     *
     * @param applications the round's applications by status, as the province sees them at the end
     * @param publicity what became of the proposal list
     */
    record DemoSummary(
            String round,
            int enterprises,
            Map<ApplicationStatus, Long> applications,
            int panels,
            int experts,
            int sheetsSubmitted,
            int sheetDrafts,
            String publicity) {

        @Override
        public String toString() {
            long total =
                    applications.values().stream().mapToLong(Long::longValue).sum();
            return round + ": " + enterprises + " pilot enterprises, " + total + " applications " + applications
                    + ", " + panels + " panels of " + experts + " experts, " + sheetsSubmitted
                    + " submitted score sheets and " + sheetDrafts + " draft(s), 1 supervision note, " + publicity;
        }
    }

    /** Sheets seeded so far. */
    static final class Sheets {
        int submitted;
        int drafts;
    }

    private final RoundService rounds;
    private final PilotEnterpriseService enterprises;
    private final WorkPlanService plans;
    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final PanelService panels;
    private final AssessmentService assessments;
    private final SupervisionService supervision;
    private final ProposalListService proposals;
    private final AppointmentService appointments;
    private final Clock clock;

    DemoData(
            RoundService rounds,
            PilotEnterpriseService enterprises,
            WorkPlanService plans,
            ApplicationService applications,
            AttachmentService attachments,
            PanelService panels,
            AssessmentService assessments,
            SupervisionService supervision,
            ProposalListService proposals,
            AppointmentService appointments,
            Clock clock) {
        this.rounds = rounds;
        this.enterprises = enterprises;
        this.plans = plans;
        this.applications = applications;
        this.attachments = attachments;
        this.panels = panels;
        this.assessments = assessments;
        this.supervision = supervision;
        this.proposals = proposals;
        this.appointments = appointments;
        this.clock = clock;
    }

    static Clock jiangsuClock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    /** Whether the database already holds a round, in which case the demo stays out of it. */
    boolean databaseHasRounds() {
        return rounds.list(PROVINCE, null, 0, 1).total() > 0;
    }

    /** Seeds the demo; returns what was seeded. */
    DemoSummary seed() {
        LocalDate today = LocalDate.now(clock);
        // Two years ahead, so that every phase's deadline is still open and each step can be shown.
        int year = today.getYear() + 2;
        RoundRecord round = rounds.open(PROVINCE, year, 1, year + "年第1批特级技师评聘（演示）");

        ParticipationRecord equipment = enterprises.recommend(
                NANJING,
                round.id(),
                NANJING_EQUIPMENT,
                EQUIPMENT_NAME,
                new EnterpriseEvidence(true, true, 46, false, false));
        ParticipationRecord power = enterprises.recommend(
                NANJING,
                round.id(),
                NANJING_POWER,
                "南京某电力设备股份有限公司",
                new EnterpriseEvidence(true, true, 23, false, false));
        enterprises.recommend(
                SUZHOU,
                round.id(),
                SUZHOU_PRECISION,
                "苏州某精密制造有限公司",
                new EnterpriseEvidence(true, true, 31, false, true));
        equipment = enterprises.decide(PROVINCE, equipment.id(), equipment.version(), true, "材料齐全，规模与高级技师数量符合要求");
        power = enterprises.decide(PROVINCE, power.id(), power.version(), true, "同意");

        Caller equipmentHr = EQUIPMENT_HR;
        WorkPlanRecord plan = plans.save(equipmentHr, equipment.id(), null, plan(OCCUPATIONS));
        plan = plans.publish(equipmentHr, plan.id(), plan.version());
        plan = plans.submit(equipmentHr, plan.id(), plan.version());
        plans.review(PROVINCE, plan.id(), plan.version(), true, "专家组评估：评审方式与评分办法科学可行");
        storeAppointmentSettings(equipmentHr);

        Caller powerHr = enterpriseUser("nanjing-power-hr", NANJING_POWER);
        WorkPlanRecord powerPlan = plans.save(powerHr, power.id(), null, plan(List.of("电工", "仪器仪表维修工")));
        powerPlan = plans.publish(powerHr, powerPlan.id(), powerPlan.version());
        plans.submit(powerHr, powerPlan.id(), powerPlan.version());

        List<ApplicationRecord> created = seedApplications(round, equipment.id(), equipmentHr);

        // 组织评审: one panel per occupation of the approved plan, then the experts' sheets.
        Map<String, PanelRecord> panelsByOccupation = new LinkedHashMap<>();
        for (String occupation : OCCUPATIONS) {
            panelsByOccupation.put(occupation, panels.compose(equipmentHr, equipment.id(), occupation, panel()));
        }
        Sheets sheets = new Sheets();
        List<Long> passed = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            Stage stage = stage(i);
            if (stage.scored()) {
                assess(created.get(i).id(), sheets(i), sheets);
            }
            if (stage == Stage.PASSED || stage == Stage.FAILED) {
                AssessmentResultRecord result =
                        assessments.evaluate(equipmentHr, created.get(i).id());
                if (result.passed() != (stage == Stage.PASSED)) {
                    throw new IllegalStateException("Demo candidate " + i + " was meant to " + stage + " but scored "
                            + result.total().toPlainString());
                }
                if (result.passed()) {
                    passed.add(result.applicationId());
                }
            }
        }

        // 现场督导: the city's centre watched the 车工 panel's oral defences today.
        supervision.record(
                NANJING,
                equipment.id(),
                today,
                "市职业技能鉴定指导中心派员到场督导车工评委会现场答辩：5 名评委全部到场，主任委员主持，"
                        + "答辩计时、提问和评分表填写符合工作方案要求，评审过程未发现违规情形。"
                        + "建议评委评语进一步结合申报人业绩材料具体说明评分依据。",
                panelsByOccupation.get("车工").id(),
                null);

        String publicity = publicise(equipment.id(), equipmentHr, passed, today);
        return new DemoSummary(
                "round " + round.id() + " " + round.title(),
                3,
                statusCounts(round.id()),
                panelsByOccupation.size(),
                PANEL.size(),
                sheets.submitted,
                sheets.drafts,
                publicity);
    }

    /**
     * 名单公示: the enterprise lists its passed candidates and opens its own publicity today; the
     * province publicises the list on its website today. The windows depend on today's date (the
     * working-day calendar must know the days they span) and on the round's deadlines: when either
     * refuses, everything before this step stays seeded and one warning says what was skipped.
     *
     * @return what became of the proposal list, for the summary
     */
    String publicise(long participationId, Caller hr, List<Long> passed, LocalDate today) {
        if (passed.isEmpty()) {
            LOG.warn("Demo proposal list skipped: no demo candidate passed the assessment");
            return "no proposal list (no candidate passed)";
        }
        String step = "drawing up the proposal list of " + EQUIPMENT_NAME;
        ProposalListRecord list = null;
        try {
            list = proposals.create(hr, participationId, passed);
            step = "opening the enterprise's publicity from " + today;
            list = proposals.submit(hr, list.id(), list.version(), today, null);
            step = "publicising the list on the province's website from " + today;
            list = proposals.publish(PROVINCE, list.id(), list.version(), today, null);
            return "proposal list " + list.id() + " of " + list.entries().size()
                    + " candidate(s), publicised by the enterprise " + list.enterpriseStart() + "–"
                    + list.enterpriseEnd() + " and by the province " + list.provinceStart() + "–"
                    + list.provinceEnd();
        } catch (RuleViolationException refused) {
            String left = list == null ? "no proposal list" : "proposal list " + list.id() + " left " + list.status();
            LOG.warn(
                    "Demo publicity skipped at {}: {} (rule {}: {}); everything before this step is seeded",
                    step,
                    left,
                    refused.rule(),
                    refused.messageEn());
            return left + " (publicity skipped: " + refused.rule() + ")";
        }
    }

    /** Fills, and where the script says so submits, the experts' oral-defence sheets of one candidate. */
    void assess(long applicationId, List<DemoSheet> script, Sheets tally) {
        for (DemoSheet sheet : script) {
            Caller expert = expert(sheet.expertId());
            ScoreSheetRecord saved =
                    assessments.saveDraft(expert, applicationId, ORAL_DEFENSE, null, sheet.points(), sheet.comment());
            if (sheet.submitted()) {
                assessments.submit(expert, applicationId, ORAL_DEFENSE, saved.version());
                tally.submitted++;
            } else {
                tally.drafts++;
            }
        }
    }

    private Map<ApplicationStatus, Long> statusCounts(long roundId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            long total = applications
                    .list(PROVINCE, roundId, null, status, null, 0, 1)
                    .total();
            if (total > 0) {
                counts.put(status, total);
            }
        }
        return counts;
    }

    private List<ApplicationRecord> seedApplications(RoundRecord round, long participationId, Caller hr) {
        LocalDate reference = round.schedule().deadline(RoundPhase.EVALUATION);
        List<ApplicationRecord> created = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            Caller applicant = applicant(employee(i));
            String occupation = occupation(i);
            String photo = upload(applicant, "demo/photo.png", "证件照.png", "image/png");
            String evidence = upload(applicant, "demo/evidence.pdf", "江苏工匠证书.pdf", "application/pdf");
            ApplicationRecord application = applications.save(
                    applicant,
                    participationId,
                    null,
                    form(i, occupation, postSince(i, reference, LocalDate.now(clock)), photo, evidence));
            Stage stage = stage(i);
            if (stage != Stage.DRAFT) {
                application = applications.submit(applicant, application.id(), application.version());
            }
            if (stage.endorsed()) {
                application = applications.review(hr, application.id(), application.version(), true, "同意参加评审");
            }
            if (stage == Stage.RETURNED) {
                application =
                        applications.review(hr, application.id(), application.version(), false, "请补充近三年技术攻关成果的证明材料");
            }
            created.add(application);
        }
        return created;
    }

    /**
     * The stage the demo takes application {@code index} to: 0–1 drafts; 2–5 submitted and
     * awaiting the enterprise (5 a few months short of the five years, so ineligible); 6 and 10
     * passed, 7 failed, 8 partly scored, 9 endorsed and awaiting the panel; 11 returned.
     */
    static Stage stage(int index) {
        return switch (index) {
            case 0, 1 -> Stage.DRAFT;
            case 6, 10 -> Stage.PASSED;
            case 7 -> Stage.FAILED;
            case 8 -> Stage.PARTLY_SCORED;
            case 9 -> Stage.ENDORSED;
            case 11 -> Stage.RETURNED;
            default -> Stage.SUBMITTED;
        };
    }

    static String occupation(int index) {
        return OCCUPATIONS.get(index % OCCUPATIONS.size());
    }

    /**
     * When applicant {@code index} took the 高级技师 post: six to nine years before the reference
     * date, except the sixth applicant (index 5), a few months short of the five years required.
     */
    static LocalDate postSince(int index, LocalDate reference, LocalDate today) {
        LocalDate postSince = index == 5 ? reference.minusYears(5).plusMonths(2) : reference.minusYears(6 + index % 4);
        return postSince.isAfter(today) ? today.minusMonths(1) : postSince;
    }

    /** Uploads one of the demo's sample files as the applicant would; returns its attachment id. */
    String upload(Caller applicant, String resource, String fileName, String contentType) {
        try (InputStream content = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (content == null) {
                throw new IllegalStateException("The demo bundle lacks " + resource);
            }
            return Long.toString(
                    attachments.store(applicant, fileName, contentType, content).id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An employee of the equipment maker who applies, as the 申报表 names them.
     *
     * @param number the employee's number, which makes the contact details and the 高级技师
     *     certificate number their own
     * @param mentees how many apprentices they trained
     * @param craftsman whether they claim the 江苏工匠 priority
     */
    record Employee(String name, LocalDate birth, String idNumber, int number, int mentees, boolean craftsman) {

        /** An ID number (居民身份证号码) of 江苏 with its check character, unique per district and sequence. */
        static String idNumber(String district, LocalDate birth, int sequence) {
            String first17 = district + birth.toString().replace("-", "") + String.format("%03d", sequence);
            return first17 + ResidentIdNumber.checkCharacter(first17);
        }
    }

    /** Applicant {@code index} of the demo round. */
    static Employee employee(int index) {
        LocalDate birth = LocalDate.of(1968 + index, 1 + index % 12, 3 + index);
        return new Employee(
                NAMES[index],
                birth,
                Employee.idNumber("320102", birth, 11 + 2 * index),
                1001 + index,
                3 + index,
                index % 4 == 0);
    }

    ApplicationForm form(int index, String occupation, LocalDate postSince, String photoId, String evidenceId) {
        return form(employee(index), occupation, postSince, LocalDate.now(clock), photoId, evidenceId);
    }

    /** The employee's 申报表, declared on {@code declaredOn}. */
    static ApplicationForm form(
            Employee employee,
            String occupation,
            LocalDate postSince,
            LocalDate declaredOn,
            String photoId,
            String evidenceId) {
        int number = employee.number();
        List<ApplicationForm.PriorityClaim> priority = employee.craftsman()
                ? List.of(new ApplicationForm.PriorityClaim(PriorityCondition.JIANGSU_CRAFTSMAN, List.of(evidenceId)))
                : List.of();
        return new ApplicationForm(
                employee.name(),
                employee.idNumber(),
                photoId,
                YearMonth.from(employee.birth()),
                "大专",
                "班组长",
                null,
                new ApplicationForm.Qualification(
                        "高级技师", occupation, legacyCertificate(number), postSince.minusMonths(3)),
                EQUIPMENT_NAME,
                "第" + (Math.floorMod(number - 1001, 3) + 1) + "制造部",
                "南京市江宁区将军大道" + (number - 901) + "号",
                String.format("employee%04d@example.com", number),
                "139" + String.format("%08d", 10_000_000 + number - 1001),
                occupation + "精密加工",
                List.of(new ApplicationForm.CareerEntry(
                        YearMonth.from(employee.birth().plusYears(20)), null, EQUIPMENT_NAME, occupation)),
                List.of(),
                "主持" + occupation + "关键工序技术攻关，成果转化为生产力，带徒" + employee.mentees() + "名",
                List.of(),
                List.of(),
                List.of(),
                new ApplicationForm.Declaration(true, declaredOn),
                occupation,
                EligibilityPath.A_SENIOR_TECHNICIAN,
                postSince,
                true,
                null,
                priority);
    }

    /** A 16-digit 职业资格证书 number whose 11th digit, the level, is 1 (高级技师). */
    private static String legacyCertificate(int employeeNumber) {
        return "1532000000" + "1" + String.format("%05d", employeeNumber - 1000);
    }

    /**
     * The 高级技师 the demo enterprises have in each occupation they evaluate, as their plans declare
     * them (within the 46 and 23 they were recommended with).
     */
    static final Map<String, Integer> SENIORS_BY_OCCUPATION =
            Map.of("车工", 16, "钳工", 14, "焊工", 10, "电工", 12, "仪器仪表维修工", 7);

    static WorkPlanRecord.Content plan(List<String> occupations) {
        Map<String, Integer> seniors = new LinkedHashMap<>();
        occupations.stream()
                .filter(SENIORS_BY_OCCUPATION::containsKey)
                .forEach(occupation -> seniors.put(occupation, SENIORS_BY_OCCUPATION.get(occupation)));
        return new WorkPlanRecord.Content(
                occupations,
                "在高级技师岗位工作满5年、业绩突出，在技术改造、研发创新和成果转化方面贡献显著，或传师带徒成果显著",
                List.of(new PluginChoice(ORAL_DEFENSE, Map.of("minExperts", "5"), "")),
                new PluginChoice(WEIGHTED_SUM, Map.of("weight." + ORAL_DEFENSE, "100", "passLine", "75"), ""),
                "成立由企业技术专家和外聘专家组成的评审委员会，设主任委员一名",
                "1月中旬申报与资格审查，2月组织答辩评审，2月底前形成建议人选名单",
                seniors);
    }

    private static Map<String, PanelMember> panelByLogin() {
        Map<String, PanelMember> panel = new LinkedHashMap<>();
        panel.put(
                "expert-zhou",
                new PanelMember("NJ-EXP-01", "周振东", EQUIPMENT_NAME, "总工艺师、正高级工程师", true, "工艺技术部", List.of()));
        panel.put("expert-qian", new PanelMember("NJ-EXP-02", "钱立群", "南京某职业技术大学机械工程学院", "教授", false));
        panel.put("expert-sun", new PanelMember("NJ-EXP-03", "孙国平", "南京某汽轮电机有限公司", "特级技师、江苏大工匠", false));
        panel.put(
                "expert-wu",
                new PanelMember("NJ-EXP-04", "吴静", EQUIPMENT_NAME + "质量管理部", "高级工程师", false, "质量管理部", List.of()));
        panel.put("expert-zheng", new PanelMember("NJ-EXP-05", "郑海涛", "江苏某重型机械股份有限公司", "首席技师、全国技术能手", false));
        return Collections.unmodifiableMap(panel);
    }

    /** The members of a demo panel, in the order the enterprise gives them. */
    static List<PanelMember> panel() {
        return List.copyOf(PANEL.values());
    }

    /** The expert as the distribution's login for them signs in. */
    static Caller expert(String expertId) {
        String login = PANEL.entrySet().stream()
                .filter(e -> e.getValue().expertId().equals(expertId))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo expert " + expertId));
        return Caller.fromJaasRoles(login, List.of("expert", "expert:" + expertId));
    }

    /**
     * The oral-defence sheets of application {@code index} (empty for those nobody scores): five
     * experts each for the passed and the failed candidates, two submitted and one draft for the
     * candidate being scored. Item maxima: knowledge 30, problem solving 30, innovation 20,
     * expression 20; the plan's pass line is 75.
     */
    static List<DemoSheet> sheets(int index) {
        return switch (index) {
            case 6 -> List.of( // 赵永明, 车工: about 86
                    sheet("NJ-EXP-01", "27", "28", "17", "17", "答辩围绕大型齿轮箱体精密车削变形控制展开，攻关思路清晰，数据翔实，成果已在三条产线推广。"),
                    sheet("NJ-EXP-02", "26", "27", "16", "17", "理论基础扎实，能用切削力学解释振纹成因；创新成果转化效益明显，建议通过。"),
                    sheet("NJ-EXP-03", "27", "26", "17", "16", "现场追问薄壁件装夹方案应答准确，举一反三能力强，带徒成效突出。"),
                    sheet("NJ-EXP-04", "25", "27", "16", "16", "质量数据支撑充分，一次交检合格率提升有据可查；陈述略显冗长。"),
                    sheet("NJ-EXP-05", "26", "28", "18", "17", "主持解决的关键工序难题具有行业代表性，技艺传承体系完整，同意通过。"));
            case 7 -> List.of( // 黄建华, 钳工: about 69
                    sheet("NJ-EXP-01", "21", "20", "13", "14", "陈述以日常装配工作为主，主持攻克的关键难题不够突出，成果量化数据不足。"),
                    sheet("NJ-EXP-02", "22", "21", "12", "15", "对装配精度链计算的追问回答不够准确，理论深度有待加强。"),
                    sheet("NJ-EXP-03", "20", "22", "13", "13", "动手经验丰富，但技术革新多停留在班组层面，尚未形成可推广的成果。"),
                    sheet("NJ-EXP-04", "23", "21", "14", "14", "所述工艺改进缺少改进前后的质量对比数据，效果难以评估。"),
                    sheet("NJ-EXP-05", "21", "19", "12", "14", "表达条理一般且超时；建议积累重大攻关业绩后再次申报。"));
            case 8 -> List.of( // 周文斌, 焊工: being scored
                    sheet("NJ-EXP-01", "25", "24", "15", "16", "厚板窄间隙焊接工艺攻关成效明显，焊缝一次探伤合格率数据可信。"),
                    sheet("NJ-EXP-02", "24", "25", "16", "15", "对焊接冶金原理掌握较好，能说明热输入控制与裂纹倾向的关系。"),
                    new DemoSheet("NJ-EXP-03", "25", "23", "15", "15", "机器人焊接离线编程成果的推广范围待核实，评分暂存。", false));
            case 10 -> List.of( // 徐明亮, 钳工: about 81
                    sheet("NJ-EXP-01", "25", "26", "16", "16", "主导大型减速机装配工艺优化，装配周期明显缩短，成果已固化为企业工法。"),
                    sheet("NJ-EXP-02", "24", "25", "15", "16", "能结合形位公差理论分析装配误差来源，知识面较宽。"),
                    sheet("NJ-EXP-03", "26", "25", "16", "17", "现场演示刮研技艺娴熟，追问应答准确，带徒传技成效好。"),
                    sheet("NJ-EXP-04", "24", "26", "15.5", "16", "改进前后质量数据完整，返修率下降有据可查。"),
                    sheet("NJ-EXP-05", "25", "24", "16", "15", "攻关成果具有推广价值，表达清楚，同意通过。"));
            default -> List.of();
        };
    }

    static DemoSheet sheet(
            String expertId,
            String professionalKnowledge,
            String problemSolving,
            String innovation,
            String expression,
            String comment) {
        return new DemoSheet(expertId, professionalKnowledge, problemSolving, innovation, expression, comment, true);
    }

    /** The employee as their login signs in: the README's for the two who have one, a demo name otherwise. */
    static Caller applicant(Employee employee) {
        String number = String.format("E%04d", employee.number());
        return Caller.fromJaasRoles(
                APPLICANT_LOGINS.getOrDefault(number, "demo-" + number),
                List.of("applicant", "applicant:" + NANJING_EQUIPMENT + "-" + number));
    }

    /**
     * 聘任: the treatment the equipment maker grants its 特级技师 (a {@value #TERM_YEARS}-year default
     * term, two treatment categories, appointments published on verification), stored unless it
     * stored some already.
     */
    void storeAppointmentSettings(Caller hr) {
        AppointmentSettings stored = appointments.settings(hr);
        if (stored.treatmentCategories().isEmpty()) {
            appointments.saveSettings(hr, stored.version(), TERM_YEARS, TREATMENT_CATEGORIES, true);
        }
    }

    static Caller enterpriseUser(String username, String creditCode) {
        return Caller.fromJaasRoles(username, List.of("enterprise", "enterprise:" + creditCode));
    }
}
