package org.skilleval.core.domain;

import java.time.LocalDate;
import java.util.List;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.Reason;
import org.skilleval.core.rules.WorkPlanStatus;

/**
 * Builders for the records with a dozen or more components, so that a test names what it sets and
 * takes the rest from one typical pilot enterprise of Nanjing (participation 3 in round 7). Shared
 * with the other modules' tests through this module's test jar.
 */
public final class TestRecords {

    public static final String NANJING_CODE = "91320100MA1NJ0001M";

    private TestRecords() {}

    public static Participation participation() {
        return new Participation();
    }

    public static WorkPlan workPlan() {
        return new WorkPlan();
    }

    public static ProposalList proposalList() {
        return new ProposalList();
    }

    public static final class Participation {
        private long id = 3;
        private long version = 1;
        private long roundId = 7;
        private long enterpriseId = 1;
        private String creditCode = NANJING_CODE;
        private String enterpriseName = "南京某装备集团";
        private String cityCode = "3201";
        private EnterpriseEvidence evidence = new EnterpriseEvidence(true, true, 40, false, false);
        private boolean countsAgainstQuota = true;
        private ParticipationStatus status = ParticipationStatus.ACCEPTED;
        private String recommendedBy = "nanjing";
        private String decisionNote = "";

        public Participation id(long value) {
            id = value;
            return this;
        }

        public Participation version(long value) {
            version = value;
            return this;
        }

        public Participation roundId(long value) {
            roundId = value;
            return this;
        }

        public Participation enterpriseId(long value) {
            enterpriseId = value;
            return this;
        }

        public Participation creditCode(String value) {
            creditCode = value;
            return this;
        }

        public Participation enterpriseName(String value) {
            enterpriseName = value;
            return this;
        }

        public Participation cityCode(String value) {
            cityCode = value;
            return this;
        }

        public Participation evidence(EnterpriseEvidence value) {
            evidence = value;
            return this;
        }

        public Participation countsAgainstQuota(boolean value) {
            countsAgainstQuota = value;
            return this;
        }

        public Participation status(ParticipationStatus value) {
            status = value;
            return this;
        }

        public Participation recommendedBy(String value) {
            recommendedBy = value;
            return this;
        }

        public Participation decisionNote(String value) {
            decisionNote = value;
            return this;
        }

        public ParticipationRecord build() {
            return new ParticipationRecord(
                    id,
                    version,
                    roundId,
                    enterpriseId,
                    creditCode,
                    enterpriseName,
                    cityCode,
                    evidence,
                    countsAgainstQuota,
                    status,
                    recommendedBy,
                    decisionNote);
        }
    }

    public static final class WorkPlan {
        private long id = 9;
        private long version = 1;
        private long participationId = 3;
        private long roundId = 7;
        private String creditCode = NANJING_CODE;
        private String cityCode = "3201";
        private List<String> occupations = List.of("车工");
        private String criteria = "";
        private List<PluginChoice> methods = List.of(new PluginChoice("oral-defense", java.util.Map.of(), "1.0.0"));
        private PluginChoice scheme = new PluginChoice("weighted-sum", java.util.Map.of(), "1.0.0");
        private String organisation = "";
        private String schedule = "";
        private WorkPlanStatus status = WorkPlanStatus.APPROVED;
        private String reviewNote = "";

        public WorkPlan id(long value) {
            id = value;
            return this;
        }

        public WorkPlan version(long value) {
            version = value;
            return this;
        }

        public WorkPlan participationId(long value) {
            participationId = value;
            return this;
        }

        public WorkPlan roundId(long value) {
            roundId = value;
            return this;
        }

        public WorkPlan creditCode(String value) {
            creditCode = value;
            return this;
        }

        public WorkPlan cityCode(String value) {
            cityCode = value;
            return this;
        }

        public WorkPlan occupations(List<String> value) {
            occupations = value;
            return this;
        }

        public WorkPlan criteria(String value) {
            criteria = value;
            return this;
        }

        public WorkPlan methods(List<PluginChoice> value) {
            methods = value;
            return this;
        }

        public WorkPlan scheme(PluginChoice value) {
            scheme = value;
            return this;
        }

        public WorkPlan organisation(String value) {
            organisation = value;
            return this;
        }

        public WorkPlan schedule(String value) {
            schedule = value;
            return this;
        }

        /** Every part of the content at once. */
        public WorkPlan content(WorkPlanRecord.Content content) {
            return occupations(content.occupations())
                    .criteria(content.criteria())
                    .methods(content.methods())
                    .scheme(content.scheme())
                    .organisation(content.organisation())
                    .schedule(content.schedule());
        }

        public WorkPlan status(WorkPlanStatus value) {
            status = value;
            return this;
        }

        public WorkPlan reviewNote(String value) {
            reviewNote = value;
            return this;
        }

        public WorkPlanRecord build() {
            return new WorkPlanRecord(
                    id,
                    version,
                    participationId,
                    roundId,
                    creditCode,
                    cityCode,
                    occupations,
                    criteria,
                    methods,
                    scheme,
                    organisation,
                    schedule,
                    status,
                    reviewNote);
        }
    }

    public static final class ProposalList {
        private long id = 9;
        private long version = 1;
        private long roundId = 7;
        private long participationId = 3;
        private String creditCode = NANJING_CODE;
        private String enterpriseName = "南京某装备集团";
        private String cityCode = "3201";
        private ProposalListStatus status = ProposalListStatus.DRAFT;
        private List<ProposalEntry> entries = List.of();
        private LocalDate enterpriseStart;
        private LocalDate enterpriseEnd;
        private LocalDate provinceStart;
        private LocalDate provinceEnd;
        private Reason shareWarning;

        public ProposalList id(long value) {
            id = value;
            return this;
        }

        public ProposalList version(long value) {
            version = value;
            return this;
        }

        public ProposalList roundId(long value) {
            roundId = value;
            return this;
        }

        public ProposalList participationId(long value) {
            participationId = value;
            return this;
        }

        public ProposalList creditCode(String value) {
            creditCode = value;
            return this;
        }

        public ProposalList enterpriseName(String value) {
            enterpriseName = value;
            return this;
        }

        public ProposalList cityCode(String value) {
            cityCode = value;
            return this;
        }

        public ProposalList status(ProposalListStatus value) {
            status = value;
            return this;
        }

        public ProposalList entries(List<ProposalEntry> value) {
            entries = value;
            return this;
        }

        public ProposalList enterpriseWindow(LocalDate start, LocalDate end) {
            enterpriseStart = start;
            enterpriseEnd = end;
            return this;
        }

        public ProposalList provinceWindow(LocalDate start, LocalDate end) {
            provinceStart = start;
            provinceEnd = end;
            return this;
        }

        public ProposalList shareWarning(Reason value) {
            shareWarning = value;
            return this;
        }

        public ProposalListRecord build() {
            return new ProposalListRecord(
                    id,
                    version,
                    roundId,
                    participationId,
                    creditCode,
                    enterpriseName,
                    cityCode,
                    status,
                    entries,
                    enterpriseStart,
                    enterpriseEnd,
                    provinceStart,
                    provinceEnd,
                    shareWarning);
        }
    }
}
