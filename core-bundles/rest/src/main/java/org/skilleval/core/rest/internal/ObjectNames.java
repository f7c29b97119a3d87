package org.skilleval.core.rest.internal;

import java.util.Map;

/**
 * The names of the platform's kinds of object as people read them, in Chinese and English, for
 * messages that name an object by its kind (the core reports kinds by their code name, such as
 * {@code ProposalList}). A kind missing here is named generically rather than by its code name;
 * {@code ObjectNamesTest} fails when a kind the core uses is missing.
 */
final class ObjectNames {

    private static final Map<String, LocalizedMessage> NAMES = Map.ofEntries(
            Map.entry("Account", LocalizedMessage.of("账号", "account")),
            Map.entry("Application", LocalizedMessage.of("申报表", "application")),
            Map.entry("AssessmentMethod", LocalizedMessage.of("评审方式", "assessment method")),
            Map.entry("AssessmentResult", LocalizedMessage.of("评审结果", "assessment result")),
            Map.entry("Attachment", LocalizedMessage.of("附件", "attachment")),
            Map.entry("Certificate", LocalizedMessage.of("证书", "certificate")),
            Map.entry("Appointment", LocalizedMessage.of("聘任", "appointment")),
            Map.entry("AppointmentSettings", LocalizedMessage.of("聘任设置", "appointment settings")),
            Map.entry("City", LocalizedMessage.of("设区市", "city")),
            Map.entry("CityExtension", LocalizedMessage.of("设区市扩展", "city extension")),
            Map.entry("Enterprise", LocalizedMessage.of("企业", "enterprise")),
            Map.entry("Objection", LocalizedMessage.of("异议", "objection")),
            Map.entry("Occupation", LocalizedMessage.of("职业（工种）", "occupation")),
            Map.entry("Panel", LocalizedMessage.of("评委会", "panel")),
            Map.entry("Participation", LocalizedMessage.of("试点企业", "pilot enterprise")),
            Map.entry("Plugin", LocalizedMessage.of("插件", "plugin")),
            Map.entry("PoolExpert", LocalizedMessage.of("专家库专家", "expert of the pool")),
            Map.entry("PluginUpload", LocalizedMessage.of("插件上传", "plugin upload")),
            Map.entry("PluginProvision", LocalizedMessage.of("插件部署", "plugin provisioning")),
            Map.entry("ProposalEntry", LocalizedMessage.of("建议人选", "proposed candidate")),
            Map.entry("ProposalList", LocalizedMessage.of("建议人选名单", "proposal list")),
            Map.entry("Publicity", LocalizedMessage.of("公示", "publicity")),
            Map.entry("Round", LocalizedMessage.of("评聘批次", "round")),
            Map.entry("Sanction", LocalizedMessage.of("弄虚作假处理", "sanction")),
            Map.entry("ScoreSheet", LocalizedMessage.of("评分表", "score sheet")),
            Map.entry("SupervisionNote", LocalizedMessage.of("监督记录", "supervision note")),
            Map.entry("WorkPlan", LocalizedMessage.of("工作方案", "work plan")));

    private static final LocalizedMessage UNKNOWN = LocalizedMessage.of("记录", "record");

    private ObjectNames() {}

    static LocalizedMessage of(String objectType) {
        return NAMES.getOrDefault(objectType, UNKNOWN);
    }

    static boolean knows(String objectType) {
        return NAMES.containsKey(objectType);
    }
}
