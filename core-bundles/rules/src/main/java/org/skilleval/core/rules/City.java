package org.skilleval.core.rules;

import java.util.Locale;

/**
 * The 13 设区市 (prefecture-level cities) of Jiangsu, in the order of their administrative codes
 * 3201–3213. Each city's vocational skill evaluation body recommends the pilot enterprises in it.
 */
public enum City {
    NANJING("3201", "南京", "Nanjing"),
    WUXI("3202", "无锡", "Wuxi"),
    XUZHOU("3203", "徐州", "Xuzhou"),
    CHANGZHOU("3204", "常州", "Changzhou"),
    SUZHOU("3205", "苏州", "Suzhou"),
    NANTONG("3206", "南通", "Nantong"),
    LIANYUNGANG("3207", "连云港", "Lianyungang"),
    HUAIAN("3208", "淮安", "Huai'an"),
    YANCHENG("3209", "盐城", "Yancheng"),
    YANGZHOU("3210", "扬州", "Yangzhou"),
    ZHENJIANG("3211", "镇江", "Zhenjiang"),
    TAIZHOU("3212", "泰州", "Taizhou"),
    SUQIAN("3213", "宿迁", "Suqian");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    City(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** @return the 4-digit administrative code, e.g. {@code 3201} */
    public String code() {
        return code;
    }

    /** @return the Chinese name without the 市 suffix, e.g. {@code 南京} */
    public String nameZh() {
        return nameZh;
    }

    /** @return the English name, e.g. {@code Nanjing}, for English messages */
    public String nameEn() {
        return nameEn;
    }

    /**
     * The city with an administrative code.
     *
     * @param code a 4-digit code 3201–3213
     * @return the city
     * @throws RuleViolationException (field {@code code}, rule {@code city}) for any other input
     */
    public static City fromCode(String code) {
        for (City city : values()) {
            if (city.code.equals(code)) {
                return city;
            }
        }
        throw refusal("code");
    }

    /**
     * The city a form or a configuration names, leniently: its code ({@code 3201}), its Chinese
     * name with or without 市 ({@code 南京}, {@code 南京市}) or its enum name in any case
     * ({@code NANJING}, {@code nanjing}); surrounding white space is ignored.
     *
     * @param codeOrNameOrEnumName the input
     * @param field                the input's name, carried by any refusal
     * @return the city
     * @throws RuleViolationException with rule {@code city} when the input names no Jiangsu city
     */
    public static City parse(String codeOrNameOrEnumName, String field) {
        if (codeOrNameOrEnumName != null) {
            String s = codeOrNameOrEnumName.strip();
            String withoutSuffix = s.endsWith("市") ? s.substring(0, s.length() - 1) : s;
            String upper = s.toUpperCase(Locale.ROOT);
            for (City city : values()) {
                if (city.code.equals(s)
                        || city.nameZh.equals(withoutSuffix)
                        || city.name().equals(upper)) {
                    return city;
                }
            }
        }
        throw refusal(field);
    }

    private static RuleViolationException refusal(String field) {
        return new RuleViolationException(
                field,
                "city",
                "不是江苏省的设区市（3201–3213，南京至宿迁）",
                "not one of Jiangsu's 13 prefecture-level cities (3201–3213, Nanjing to Suqian)");
    }
}
