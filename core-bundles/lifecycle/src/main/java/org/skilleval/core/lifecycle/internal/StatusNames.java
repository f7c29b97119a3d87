package org.skilleval.core.lifecycle.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ObjectionStatus;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.WorkPlanStatus;

/**
 * The states of the programme's objects as Chinese readers name them, for Chinese messages: a
 * refusal says 当前为“已退回”, not 当前为 RETURNED. English messages keep the code the API returns in
 * {@code status} fields. {@code StatusNamesTest} checks every state of every status has a name.
 */
final class StatusNames {

    private static final Map<Enum<?>, String> ZH = Map.ofEntries(
            Map.entry(ApplicationStatus.DRAFT, "草稿"),
            Map.entry(ApplicationStatus.SUBMITTED, "已提交"),
            Map.entry(ApplicationStatus.RETURNED, "已退回"),
            Map.entry(ApplicationStatus.ENDORSED, "企业已推荐参评"),
            Map.entry(ApplicationStatus.PASSED, "评审通过"),
            Map.entry(ApplicationStatus.FAILED, "评审未通过"),
            Map.entry(ApplicationStatus.PROPOSED, "已列入建议人选名单"),
            Map.entry(ApplicationStatus.REMOVED, "已移出建议人选名单"),
            Map.entry(ApplicationStatus.CERTIFIED, "已颁发证书"),
            Map.entry(ApplicationStatus.CANCELLED, "已取消"),
            Map.entry(ParticipationStatus.RECOMMENDED, "已推荐"),
            Map.entry(ParticipationStatus.ACCEPTED, "已确定为试点企业"),
            Map.entry(ParticipationStatus.REJECTED, "未确定为试点企业"),
            Map.entry(ParticipationStatus.CANCELLED, "已取消"),
            Map.entry(WorkPlanStatus.DRAFT, "草稿"),
            Map.entry(WorkPlanStatus.PUBLISHED, "已向职工公示"),
            Map.entry(WorkPlanStatus.SUBMITTED, "已报省中心评估"),
            Map.entry(WorkPlanStatus.APPROVED, "已通过评估"),
            Map.entry(WorkPlanStatus.REJECTED, "未通过评估"),
            Map.entry(ProposalListStatus.DRAFT, "草稿"),
            Map.entry(ProposalListStatus.SUBMITTED, "已报送"),
            Map.entry(ProposalListStatus.PUBLISHED, "公示中"),
            Map.entry(ProposalListStatus.CERTIFIED, "已颁发证书"),
            Map.entry(ProposalListStatus.CANCELLED, "已取消"),
            Map.entry(ObjectionStatus.OPEN, "待处理"),
            Map.entry(ObjectionStatus.UPHELD, "异议成立"),
            Map.entry(ObjectionStatus.DISMISSED, "异议不成立"),
            Map.entry(CertificateStatus.VALID, "有效"),
            Map.entry(CertificateStatus.REVOKED, "已撤销"),
            Map.entry(ScoreSheetRecord.Status.DRAFT, "草稿"),
            Map.entry(ScoreSheetRecord.Status.SUBMITTED, "已提交"));

    private StatusNames() {}

    /** @return the state in Chinese quotation marks, e.g. {@code “已退回”} */
    static String zh(Enum<?> status) {
        return "“" + ZH.getOrDefault(status, "其他状态") + "”";
    }

    /** @return the states in Chinese, e.g. {@code “草稿”或“已退回”} */
    static String zh(Collection<? extends Enum<?>> statuses) {
        return statuses.stream().map(StatusNames::zh).collect(Collectors.joining("或"));
    }

    /** @return the states as the API names them, e.g. {@code DRAFT or RETURNED} */
    static String en(Collection<? extends Enum<?>> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    static boolean knows(Enum<?> status) {
        return ZH.containsKey(status);
    }
}
