package org.skilleval.core.domain;

/** What statistics are broken down by. */
public enum StatisticsDimension {
    /** 设区市: one row per city code. */
    CITY,
    /** 试点企业: one row per enterprise credit code. */
    ENTERPRISE,
    /** 职业（工种）: one row per occupation applied for. */
    OCCUPATION,
    /** 评聘批次: one row per round. */
    ROUND
}
