package org.skilleval.core.rules;

/**
 * Who may fire a transition of a {@link StateMachine}. The first five are the roles people sign in
 * with (same names as the security bundle's roles); {@link #PUBLIC} is anyone, signed in or not.
 */
public enum Actor {
    /** 省职业技能鉴定中心. */
    PROVINCE,
    /** 设区市职业技能鉴定机构. */
    CITY,
    /** 试点企业. */
    ENTERPRISE,
    /** 评委. */
    EXPERT,
    /** 申报人. */
    APPLICANT,
    /** Anyone, e.g. an objector during a publicity. */
    PUBLIC
}
