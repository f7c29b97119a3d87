package org.skilleval.core.documents.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.City;

/** How documents write dates, statuses and cities, the way Chinese forms do. */
final class Formats {

    private Formats() {}

    /** 2026年2月9日; empty for {@code null}. */
    static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 1972年3月; empty for {@code null}. */
    static String month(YearMonth month) {
        return month == null ? "" : month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** 1990.07, as résumés in Chinese forms write periods; empty for {@code null}. */
    static String period(YearMonth month) {
        return month == null ? "" : String.format("%d.%02d", month.getYear(), month.getMonthValue());
    }

    /** The city's name, or its code when it is no city of Jiangsu. */
    static String city(String code) {
        try {
            return City.fromCode(code).nameZh();
        } catch (RuntimeException unknown) {
            return code == null ? "" : code;
        }
    }

    static String status(ApplicationStatus status) {
        return switch (status) {
            case DRAFT -> "草稿（未提交）";
            case SUBMITTED -> "已提交，待企业审核";
            case RETURNED -> "已退回修改";
            case ENDORSED -> "企业已推荐，评审中";
            case PASSED -> "评审通过";
            case FAILED -> "评审未通过";
            case PROPOSED -> "列入建议人选名单";
            case REMOVED -> "经异议核实，已移出名单";
            case CERTIFIED -> "已发证";
            case CANCELLED -> "已取消";
        };
    }

    static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
