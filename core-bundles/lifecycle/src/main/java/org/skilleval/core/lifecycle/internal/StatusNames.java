package org.skilleval.core.lifecycle.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.rules.Lifecycles;

/**
 * The states of the programme's objects as Chinese readers name them, for Chinese messages: a
 * refusal says 当前为“已退回”, not 当前为 RETURNED. English messages keep the code the API returns in
 * {@code status} fields. {@code StatusNamesTest} checks every state of every status has a name.
 */
final class StatusNames {

    /** The states no table of {@code rules} names: a score sheet's. */
    private static final Map<Enum<?>, String> ZH = Map.of(
            ScoreSheetRecord.Status.DRAFT, "草稿",
            ScoreSheetRecord.Status.SUBMITTED, "已提交");

    private StatusNames() {}

    /** @return the state in Chinese quotation marks, e.g. {@code “已退回”} */
    static String zh(Enum<?> status) {
        String name = name(status);
        return "“" + (name.isEmpty() ? "其他状态" : name) + "”";
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
        return !name(status).isEmpty();
    }

    private static String name(Enum<?> status) {
        String name = ZH.get(status);
        if (name != null) {
            return name;
        }
        try {
            return Lifecycles.nameZh(status);
        } catch (IllegalArgumentException noTable) {
            return "";
        }
    }
}
