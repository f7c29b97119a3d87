package org.skilleval.core.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.lifecycle.PilotEnterpriseService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.lifecycle.WorkPlanService;
import org.skilleval.core.persistence.ApplicationRecord;
import org.skilleval.core.persistence.EnterpriseEvidence;
import org.skilleval.core.persistence.ParticipationRecord;
import org.skilleval.core.persistence.PluginChoice;
import org.skilleval.core.persistence.RoundRecord;
import org.skilleval.core.persistence.WorkPlanRecord;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.PriorityCondition;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.security.Caller;

/**
 * The demo itself: who does what, in the order the pilot scheme prescribes. Every step goes
 * through the lifecycle services as the role that would take it.
 */
final class DemoData {

    static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    static final String NANJING_POWER = "91320100MA1NJ00052";
    static final String SUZHOU_PRECISION = "91320500MA1PX00038";

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));

    private static final String[] NAMES = {
        "王建国", "李国强", "张卫东", "刘志刚", "陈立新", "杨海峰", "赵永明", "黄建华", "周文斌", "吴振华", "徐明亮", "孙德胜"
    };

    private final RoundService rounds;
    private final PilotEnterpriseService enterprises;
    private final WorkPlanService plans;
    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final Clock clock;

    DemoData(
            RoundService rounds,
            PilotEnterpriseService enterprises,
            WorkPlanService plans,
            ApplicationService applications,
            AttachmentService attachments,
            Clock clock) {
        this.rounds = rounds;
        this.enterprises = enterprises;
        this.plans = plans;
        this.applications = applications;
        this.attachments = attachments;
        this.clock = clock;
    }

    static Clock jiangsuClock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    /** Whether the database already holds a round, in which case the demo stays out of it. */
    boolean databaseHasRounds() {
        return rounds.list(PROVINCE, null, 0, 1).total() > 0;
    }

    /** Seeds the demo; returns the applications created. */
    List<ApplicationRecord> seed() {
        // Two years ahead, so that every phase's deadline is still open and each step can be shown.
        int year = LocalDate.now(clock).getYear() + 2;
        RoundRecord round = rounds.open(PROVINCE, year, 1, year + "年第1批特级技师评聘（演示）");

        ParticipationRecord equipment = enterprises.recommend(
                NANJING,
                round.id(),
                NANJING_EQUIPMENT,
                "南京某装备集团有限公司",
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

        Caller equipmentHr = enterpriseUser("nanjing-equipment-hr", NANJING_EQUIPMENT);
        WorkPlanRecord plan = plans.save(equipmentHr, equipment.id(), null, plan(List.of("车工", "钳工", "焊工")));
        plan = plans.publish(equipmentHr, plan.id(), plan.version());
        plan = plans.submit(equipmentHr, plan.id(), plan.version());
        plans.review(PROVINCE, plan.id(), plan.version(), true, "专家组评估：评审方式与评分办法科学可行");

        Caller powerHr = enterpriseUser("nanjing-power-hr", NANJING_POWER);
        WorkPlanRecord powerPlan = plans.save(powerHr, power.id(), null, plan(List.of("电工", "仪器仪表维修工")));
        powerPlan = plans.publish(powerHr, powerPlan.id(), powerPlan.version());
        plans.submit(powerHr, powerPlan.id(), powerPlan.version());

        return seedApplications(round, equipment.id(), equipmentHr);
    }

    private List<ApplicationRecord> seedApplications(RoundRecord round, long participationId, Caller hr) {
        LocalDate reference = round.schedule().deadline(org.skilleval.core.rules.RoundPhase.EVALUATION);
        List<ApplicationRecord> created = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            String employee = String.format("E%04d", 1001 + i);
            Caller applicant = Caller.fromJaasRoles(
                    "demo-" + employee, List.of("applicant", "applicant:" + NANJING_EQUIPMENT + "-" + employee));
            // Applicant 6 took the 高级技师 post a little under five years before the reference date.
            LocalDate postSince = i == 5 ? reference.minusYears(5).plusMonths(2) : reference.minusYears(6 + i % 4);
            if (postSince.isAfter(LocalDate.now(clock))) {
                postSince = LocalDate.now(clock).minusMonths(1);
            }
            String occupation = List.of("车工", "钳工", "焊工").get(i % 3);
            String photo = upload(applicant, "demo/photo.png", "证件照.png", "image/png");
            String evidence = upload(applicant, "demo/evidence.pdf", "江苏工匠证书.pdf", "application/pdf");
            ApplicationRecord application = applications.save(
                    applicant, participationId, null, form(i, occupation, postSince, photo, evidence));
            // Stages: 0–1 drafts; 2–11 submitted; of those 8–10 endorsed and 11 returned.
            if (i >= 2) {
                application = applications.submit(applicant, application.id(), application.version());
            }
            if (i >= 8 && i <= 10 && application.eligibility().eligible()) {
                application = applications.review(hr, application.id(), application.version(), true, "同意参加评审");
            }
            if (i == 11) {
                application =
                        applications.review(hr, application.id(), application.version(), false, "请补充近三年技术攻关成果的证明材料");
            }
            created.add(application);
        }
        return created;
    }

    /** Uploads one of the demo's sample files as the applicant would; returns its attachment id. */
    private String upload(Caller applicant, String resource, String fileName, String contentType) {
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

    ApplicationForm form(int index, String occupation, LocalDate postSince, String photoId, String evidenceId) {
        LocalDate birth = LocalDate.of(1968 + index, 1 + index % 12, 3 + index);
        String first17 = "320102" + birth.toString().replace("-", "") + String.format("%03d", 11 + 2 * index);
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        LocalDate today = LocalDate.now(clock);
        List<ApplicationForm.PriorityClaim> priority = index % 4 == 0
                ? List.of(new ApplicationForm.PriorityClaim(PriorityCondition.JIANGSU_CRAFTSMAN, List.of(evidenceId)))
                : List.of();
        return new ApplicationForm(
                NAMES[index],
                idNumber,
                photoId,
                YearMonth.from(birth),
                "大专",
                "班组长",
                null,
                new ApplicationForm.Qualification(
                        "高级技师", occupation, legacyCertificate(index), postSince.minusMonths(3)),
                "南京某装备集团有限公司",
                "第" + (index % 3 + 1) + "制造部",
                "南京市江宁区将军大道" + (100 + index) + "号",
                "employee" + (1001 + index) + "@example.com",
                "139" + String.format("%08d", 10_000_000 + index),
                occupation + "精密加工",
                List.of(new ApplicationForm.CareerEntry(
                        YearMonth.from(birth.plusYears(20)), null, "南京某装备集团有限公司", occupation)),
                List.of(),
                "主持" + occupation + "关键工序技术攻关，成果转化为生产力，带徒" + (3 + index) + "名",
                List.of(),
                List.of(),
                List.of(),
                new ApplicationForm.Declaration(true, today),
                occupation,
                EligibilityPath.A_SENIOR_TECHNICIAN,
                postSince,
                true,
                null,
                priority);
    }

    /** A 16-digit 职业资格证书 number whose 11th digit, the level, is 1 (高级技师). */
    private static String legacyCertificate(int index) {
        return "1532000000" + "1" + String.format("%05d", index + 1);
    }

    private static WorkPlanRecord.Content plan(List<String> occupations) {
        return new WorkPlanRecord.Content(
                occupations,
                "在高级技师岗位工作满5年、业绩突出，在技术改造、研发创新和成果转化方面贡献显著，或传师带徒成果显著",
                List.of(new PluginChoice("oral-defense", Map.of("minExperts", "5"), "")),
                new PluginChoice("weighted-sum", Map.of("weight.oral-defense", "100", "passLine", "75"), ""),
                "成立由企业技术专家和外聘专家组成的评审委员会，设主任委员一名",
                "1月中旬申报与资格审查，2月组织答辩评审，2月底前形成建议人选名单");
    }

    private static Caller enterpriseUser(String username, String creditCode) {
        return Caller.fromJaasRoles(username, List.of("enterprise", "enterprise:" + creditCode));
    }
}
