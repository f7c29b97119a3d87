package org.skilleval.core.demo.internal;

import static org.skilleval.core.demo.internal.DemoData.EQUIPMENT_HR;
import static org.skilleval.core.demo.internal.DemoData.EQUIPMENT_NAME;
import static org.skilleval.core.demo.internal.DemoData.NANJING;
import static org.skilleval.core.demo.internal.DemoData.NANJING_EQUIPMENT;
import static org.skilleval.core.demo.internal.DemoData.PROVINCE;
import static org.skilleval.core.demo.internal.DemoData.TERM_YEARS;
import static org.skilleval.core.demo.internal.DemoData.TREATMENT_CATEGORIES;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.skilleval.core.demo.internal.DemoData.DemoSheet;
import org.skilleval.core.demo.internal.DemoData.Employee;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.core.lifecycle.PilotEnterpriseService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.lifecycle.WorkPlanService;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's past round (往期), so that the demo shows what follows a certificate: the 聘 of 评聘.
 * The equipment maker's round of about three years ago is walked to its certificates through the
 * lifecycle services as each role, on the days the pilot scheme's timeline gives (the platform's
 * today follows {@link PlatformDays} meanwhile); then, on the real today, its HR appoints the two
 * holders: one three years ago, so that the term ends within the review window and the appointment
 * is due for its 聘期考核, and one two months ago, in force and not due.
 *
 * <p>When a step is refused (the working-day calendar lacks the round's year, a rule changed), one
 * warning says which step, whatever came before stays, and the demo's current round is seeded
 * regardless.
 */
final class DemoHistory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

    /** The platform's today while the past round is seeded; closing it gives the platform its own back. */
    interface PlatformDays extends AutoCloseable {

        void moveTo(LocalDate day);

        @Override
        void close();
    }

    /** The past round's occupations; holder i applies for occupation i. */
    static final List<String> OCCUPATIONS = List.of("车工", "钳工");

    /**
     * The certified holders of the past round, employees of the equipment maker who are not among
     * the current round's applicants: 0 is appointed three years ago (due for review), 1 recently.
     */
    static final List<Employee> HOLDERS = List.of(
            new Employee(
                    "马立军",
                    LocalDate.of(1971, 5, 12),
                    Employee.idNumber("320115", LocalDate.of(1971, 5, 12), 31),
                    1101,
                    6,
                    true),
            new Employee(
                    "胡德新",
                    LocalDate.of(1974, 9, 23),
                    Employee.idNumber("320115", LocalDate.of(1974, 9, 23), 53),
                    1102,
                    4,
                    false));

    /** The posts the holders are appointed to, with their departments. */
    private static final List<List<String>> POSTS = List.of(List.of("数控车床首席技师", "金工车间"), List.of("装配钳工首席技师", "总装车间"));

    /** How long ago the second holder was appointed. */
    static final int RECENT_MONTHS = 2;

    /**
     * The days on which the past round's steps are taken, each within its phase's default deadline
     * and clear of the Spring Festival where working days count.
     */
    record Timeline(
            LocalDate recommendation,
            LocalDate workPlan,
            LocalDate planReview,
            LocalDate applications,
            LocalDate assessment,
            LocalDate publicity,
            LocalDate certificates) {

        static Timeline of(int year) {
            return new Timeline(
                    LocalDate.of(year - 1, 11, 20),
                    LocalDate.of(year - 1, 12, 10),
                    LocalDate.of(year, 1, 6),
                    LocalDate.of(year, 1, 16),
                    LocalDate.of(year, 2, 20),
                    LocalDate.of(year, 2, 27),
                    LocalDate.of(year, 3, 20));
        }
    }

    /**
     * The year of the past round: about three years back, and early enough that its certificates
     * (by the end of March) precede the start of a {@value DemoData#TERM_YEARS}-year term that ends
     * within the review window, whatever the month of {@code today}.
     */
    static int year(LocalDate today) {
        return today.minusYears(TERM_YEARS).minusMonths(4).getYear();
    }

    /**
     * The last day of the due holder's term: half-way through the review window that ends on
     * {@code dueBy}, so the appointment stays due for weeks after the demo was seeded.
     */
    static LocalDate dueTermEnd(LocalDate today, LocalDate dueBy) {
        return today.plusDays(Math.max(1, ChronoUnit.DAYS.between(today, dueBy) / 2));
    }

    /** The first day of a {@value DemoData#TERM_YEARS}-year term ending on {@code termEnd}. */
    static LocalDate termStart(LocalDate termEnd) {
        return termEnd.plusDays(1).minusYears(TERM_YEARS);
    }

    private final DemoData demo;
    private final RoundService rounds;
    private final PilotEnterpriseService enterprises;
    private final WorkPlanService plans;
    private final ApplicationService applications;
    private final PanelService panels;
    private final AssessmentService assessments;
    private final ProposalListService proposals;
    private final CertificateService certificates;
    private final AppointmentService appointments;

    /** The step being taken, for the warning when one is refused. */
    private String step = "";

    DemoHistory(
            DemoData demo,
            RoundService rounds,
            PilotEnterpriseService enterprises,
            WorkPlanService plans,
            ApplicationService applications,
            PanelService panels,
            AssessmentService assessments,
            ProposalListService proposals,
            CertificateService certificates,
            AppointmentService appointments) {
        this.demo = demo;
        this.rounds = rounds;
        this.enterprises = enterprises;
        this.plans = plans;
        this.applications = applications;
        this.panels = panels;
        this.assessments = assessments;
        this.proposals = proposals;
        this.certificates = certificates;
        this.appointments = appointments;
    }

    /**
     * Seeds the past round and the appointments.
     *
     * @param today the real today, which the appointments are computed from
     * @param travel sets the platform's today to the given day until closed
     * @return what was seeded, for the demo's summary
     */
    String seed(LocalDate today, Function<LocalDate, PlatformDays> travel) {
        int year = year(today);
        Timeline timeline = Timeline.of(year);
        List<CertificateRecord> issued;
        try {
            try (PlatformDays days = travel.apply(timeline.recommendation())) {
                issued = walkToCertificates(year, timeline, days);
            }
            step = "appointing the holders";
            return "past round " + year + ": " + issued.size() + " certificate(s) issued on " + timeline.certificates()
                    + ", " + appoint(issued, today);
        } catch (RuleViolationException refused) {
            LOG.warn(
                    "Demo history skipped at {} (rule {}: {}); what came before stays, the current demo round is"
                            + " seeded regardless",
                    step,
                    refused.rule(),
                    refused.messageEn());
            return "past round " + year + " skipped at " + step + " (" + refused.rule() + ")";
        }
    }

    private List<CertificateRecord> walkToCertificates(int year, Timeline timeline, PlatformDays days) {
        step = "opening the " + year + " round on " + timeline.recommendation();
        RoundRecord round = rounds.open(PROVINCE, year, 1, year + "年第1批特级技师评聘（演示·往期）");
        ParticipationRecord equipment = enterprises.recommend(
                NANJING,
                round.id(),
                NANJING_EQUIPMENT,
                EQUIPMENT_NAME,
                new EnterpriseEvidence(true, true, 41, false, false));
        equipment = enterprises.decide(PROVINCE, equipment.id(), equipment.version(), true, "材料齐全，符合试点企业条件");

        step = "the work plan on " + timeline.workPlan();
        days.moveTo(timeline.workPlan());
        WorkPlanRecord plan = plans.save(EQUIPMENT_HR, equipment.id(), null, DemoData.plan(OCCUPATIONS));
        plan = plans.publish(EQUIPMENT_HR, plan.id(), plan.version());
        plan = plans.submit(EQUIPMENT_HR, plan.id(), plan.version());
        step = "reviewing the work plan on " + timeline.planReview();
        days.moveTo(timeline.planReview());
        plans.review(PROVINCE, plan.id(), plan.version(), true, "专家组评估：评审方式与评分办法科学可行");

        step = "the applications on " + timeline.applications();
        days.moveTo(timeline.applications());
        LocalDate reference = round.schedule().deadline(RoundPhase.EVALUATION);
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < HOLDERS.size(); i++) {
            Employee holder = HOLDERS.get(i);
            Caller applicant = DemoData.applicant(holder);
            String photo = demo.upload(applicant, "demo/photo.png", "证件照.png", "image/png");
            String evidence = demo.upload(applicant, "demo/evidence.pdf", "江苏工匠证书.pdf", "application/pdf");
            ApplicationRecord application = applications.save(
                    applicant,
                    equipment.id(),
                    null,
                    DemoData.form(
                            holder,
                            OCCUPATIONS.get(i),
                            postSince(i, reference),
                            timeline.applications(),
                            photo,
                            evidence));
            application = applications.submit(applicant, application.id(), application.version());
            applications.review(EQUIPMENT_HR, application.id(), application.version(), true, "同意参加评审");
            candidates.add(application.id());
        }
        for (String occupation : OCCUPATIONS) {
            panels.compose(EQUIPMENT_HR, equipment.id(), occupation, DemoData.panel());
        }

        step = "the assessment on " + timeline.assessment();
        days.moveTo(timeline.assessment());
        DemoData.Sheets tally = new DemoData.Sheets();
        for (int i = 0; i < candidates.size(); i++) {
            demo.assess(candidates.get(i), sheets(i), tally);
            AssessmentResultRecord result = assessments.evaluate(EQUIPMENT_HR, candidates.get(i));
            if (!result.passed()) {
                throw new IllegalStateException("Past demo candidate " + i + " was meant to pass but scored "
                        + result.total().toPlainString());
            }
        }

        step = "the proposal list and both publicities from " + timeline.publicity();
        days.moveTo(timeline.publicity());
        ProposalListRecord list = proposals.create(EQUIPMENT_HR, equipment.id(), candidates);
        list = proposals.submit(EQUIPMENT_HR, list.id(), list.version(), timeline.publicity(), null);
        list = proposals.publish(PROVINCE, list.id(), list.version(), timeline.publicity(), null);

        step = "issuing the certificates on " + timeline.certificates();
        days.moveTo(timeline.certificates());
        return certificates.issue(EQUIPMENT_HR, list.id(), list.version(), "0000", "320100");
    }

    /** 聘任, on the real today: the first holder's term ends within the review window, the second's just began. */
    private String appoint(List<CertificateRecord> issued, LocalDate today) {
        demo.storeAppointmentSettings(EQUIPMENT_HR);
        LocalDate dueEnd = dueTermEnd(today, appointments.reviewDueBy());
        AppointmentRecord due = appoint(issued, 0, termStart(dueEnd), 12);
        AppointmentRecord recent = appoint(issued, 1, today.minusMonths(RECENT_MONTHS), 27);
        return "appointed " + due.holderName() + " " + due.startDate() + "–" + due.termEnd() + " (due for review) and "
                + recent.holderName() + " " + recent.startDate() + "–" + recent.termEnd();
    }

    private AppointmentRecord appoint(List<CertificateRecord> issued, int holder, LocalDate start, int document) {
        String name = HOLDERS.get(holder).name();
        CertificateRecord certificate = issued.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No certificate was issued to " + name));
        return appointments.appoint(
                EQUIPMENT_HR,
                certificate.id(),
                new AppointmentService.Terms(
                        POSTS.get(holder).get(0),
                        POSTS.get(holder).get(1),
                        start,
                        null,
                        TREATMENT_CATEGORIES.get(holder),
                        "宁装人〔" + start.getYear() + "〕" + document + "号"));
    }

    /** When holder {@code index} took the 高级技师 post: well over the five years before the reference date. */
    static LocalDate postSince(int index, LocalDate reference) {
        return reference.minusYears(7 + index);
    }

    /**
     * The five experts' oral-defence sheets of holder {@code index}, all submitted: about 84 for
     * the 车工 and 80 for the 钳工, above the plan's pass line of 75.
     */
    static List<DemoSheet> sheets(int index) {
        return switch (index) {
            case 0 -> List.of( // 马立军, 车工
                    DemoData.sheet("NJ-EXP-01", "26", "27", "17", "16", "主持大型轴类零件车削工艺攻关，尺寸稳定性显著提升，成果已在车间推广。"),
                    DemoData.sheet("NJ-EXP-02", "25", "26", "16", "16", "能用切削理论说明刀具磨损与表面质量的关系，理论联系实际较好。"),
                    DemoData.sheet("NJ-EXP-03", "26", "25", "16", "17", "追问数控程序优化思路应答准确，带徒成效明显。"),
                    DemoData.sheet("NJ-EXP-04", "25", "26", "16", "16", "质量改进数据完整，废品率下降有据可查。"),
                    DemoData.sheet("NJ-EXP-05", "26", "27", "17", "16", "攻关成果具有推广价值，表达清楚，同意通过。"));
            case 1 -> List.of( // 胡德新, 钳工
                    DemoData.sheet("NJ-EXP-01", "24", "25", "16", "15", "主导液压部件装配工艺改进，泄漏返修明显减少。"),
                    DemoData.sheet("NJ-EXP-02", "25", "24", "15", "16", "对配合公差与装配尺寸链掌握扎实，分析条理清楚。"),
                    DemoData.sheet("NJ-EXP-03", "24", "25", "16", "16", "现场演示研磨技艺熟练，传技带徒成果较好。"),
                    DemoData.sheet("NJ-EXP-04", "24", "24", "15", "16", "改进前后的质量对比数据可信，效果明确。"),
                    DemoData.sheet("NJ-EXP-05", "25", "25", "16", "15", "业绩突出，陈述完整，同意通过。"));
            default -> List.of();
        };
    }
}
