package org.skilleval.core.security;

import java.util.Locale;
import java.util.Optional;

/** The parts people play in the programme. A user may hold several. */
public enum Role {
    /** 省职业技能鉴定中心: sees everything. */
    PROVINCE,
    /** 设区市职业技能鉴定机构: scoped to one city. */
    CITY,
    /** 试点企业 HR: scoped to one enterprise. */
    ENTERPRISE,
    /** 评委: scoped to the panels the expert sits on. */
    EXPERT,
    /** An employee who applies: scoped to their own application. */
    APPLICANT,
    /**
     * 试点企业插件开发人员: scoped to one enterprise, whose plugins they upload, follow and try. Sees
     * no application, candidate or score of the enterprise: HR need not hand out its own account to
     * the developer (often a contractor) who writes the enterprise's assessment methods.
     */
    PLUGIN_DEVELOPER;

    /** The role's name in JAAS and in {@code @RolesAllowed}: lower case, e.g. {@code province}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this JAAS name, if it is one. */
    public static Optional<Role> fromRoleName(String name) {
        for (Role role : values()) {
            if (role.roleName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
