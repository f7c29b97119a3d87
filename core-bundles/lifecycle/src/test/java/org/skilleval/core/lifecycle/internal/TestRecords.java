package org.skilleval.core.lifecycle.internal;

import java.time.LocalDate;
import java.util.List;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.Reason;
import org.skilleval.core.rules.WorkPlanStatus;

/**
 * Builders for the records with a dozen or more components, so that a test names what it sets and
 * takes the rest from one typical pilot enterprise of Nanjing (participation 3 in round 7).
 */
final class TestRecords {

    static final String NANJING_CODE = "91320100MA1NJ0001M";

    private TestRecords() {}

    static Participation participation() {
        return new Participation();
    }

    static WorkPlan workPlan() {
        return new WorkPlan();
    }

    static ProposalList proposalList() {
        return new ProposalList();
    }

    static final class Participation {
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

        Participation id(long value) {
            id = value;
            return this;
        }

        Participation version(long value) {
            version = value;
            return this;
        }

        Participation roundId(long value) {
            roundId = value;
            return this;
        }

        Participation enterpriseId(long value) {
            enterpriseId = value;
            return this;
        }

        Participation creditCode(String value) {
            creditCode = value;
            return this;
        }

        Participation enterpriseName(String value) {
            enterpriseName = value;
            return this;
        }

        Participation cityCode(String value) {
            cityCode = value;
            return this;
        }

        Participation evidence(EnterpriseEvidence value) {
            evidence = value;
            return this;
        }

        Participation countsAgainstQuota(boolean value) {
            countsAgainstQuota = value;
            return this;
        }

        Participation status(ParticipationStatus value) {
            status = value;
            return this;
        }

        Participation recommendedBy(String value) {
            recommendedBy = value;
            return this;
        }

        Participation decisionNote(String value) {
            decisionNote = value;
            return this;
        }

        ParticipationRecord build() {
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

    static final class WorkPlan {
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

        WorkPlan id(long value) {
            id = value;
            return this;
        }

        WorkPlan version(long value) {
            version = value;
            return this;
        }

        WorkPlan participationId(long value) {
            participationId = value;
            return this;
        }

        WorkPlan roundId(long value) {
            roundId = value;
            return this;
        }

        WorkPlan creditCode(String value) {
            creditCode = value;
            return this;
        }

        WorkPlan cityCode(String value) {
            cityCode = value;
            return this;
        }

        WorkPlan occupations(List<String> value) {
            occupations = value;
            return this;
        }

        WorkPlan criteria(String value) {
            criteria = value;
            return this;
        }

        WorkPlan methods(List<PluginChoice> value) {
            methods = value;
            return this;
        }

        WorkPlan scheme(PluginChoice value) {
            scheme = value;
            return this;
        }

        WorkPlan organisation(String value) {
            organisation = value;
            return this;
        }

        WorkPlan schedule(String value) {
            schedule = value;
            return this;
        }

        /** Every part of the content at once. */
        WorkPlan content(WorkPlanRecord.Content content) {
            return occupations(content.occupations())
                    .criteria(content.criteria())
                    .methods(content.methods())
                    .scheme(content.scheme())
                    .organisation(content.organisation())
                    .schedule(content.schedule());
        }

        WorkPlan status(WorkPlanStatus value) {
            status = value;
            return this;
        }

        WorkPlan reviewNote(String value) {
            reviewNote = value;
            return this;
        }

        WorkPlanRecord build() {
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

    static final class ProposalList {
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

        ProposalList id(long value) {
            id = value;
            return this;
        }

        ProposalList version(long value) {
            version = value;
            return this;
        }

        ProposalList roundId(long value) {
            roundId = value;
            return this;
        }

        ProposalList participationId(long value) {
            participationId = value;
            return this;
        }

        ProposalList creditCode(String value) {
            creditCode = value;
            return this;
        }

        ProposalList enterpriseName(String value) {
            enterpriseName = value;
            return this;
        }

        ProposalList cityCode(String value) {
            cityCode = value;
            return this;
        }

        ProposalList status(ProposalListStatus value) {
            status = value;
            return this;
        }

        ProposalList entries(List<ProposalEntry> value) {
            entries = value;
            return this;
        }

        ProposalList enterpriseWindow(LocalDate start, LocalDate end) {
            enterpriseStart = start;
            enterpriseEnd = end;
            return this;
        }

        ProposalList provinceWindow(LocalDate start, LocalDate end) {
            provinceStart = start;
            provinceEnd = end;
            return this;
        }

        ProposalList shareWarning(Reason value) {
            shareWarning = value;
            return this;
        }

        ProposalListRecord build() {
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
