package org.skilleval.core.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skilleval.core.accounts.AccountService;
import org.skilleval.core.accounts.ExpertPoolService;
import org.skilleval.core.accounts.IssuedAccount;
import org.skilleval.core.accounts.NewAccount;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.security.Caller;

/**
 * The README's demo logins, created as the real administrators would: the province creates itself
 * and the cities, each city the HR of its enterprise and the experts of its pool, HR its employees;
 * then each user replaces the one-time password with the demo password. Accounts that exist
 * already are left as they are.
 */
final class DemoAccounts {

    record Login(String username, String password, String displayName, Caller creator, NewAccount account) {}

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
    private static final Caller NANJING_HR = Caller.fromJaasRoles(
            "nanjing-equipment-hr", List.of("enterprise", "enterprise:" + DemoData.NANJING_EQUIPMENT));
    private static final Caller SUZHOU_HR = Caller.fromJaasRoles(
            "suzhou-precision-hr", List.of("enterprise", "enterprise:" + DemoData.SUZHOU_PRECISION));

    /** The occupation each demo expert is listed under in the pool (they sit on all three panels). */
    private static final List<String> EXPERT_OCCUPATIONS = List.of("车工", "装配钳工", "焊工", "车工", "装配钳工");

    private final AccountService accounts;
    private final ExpertPoolService pool;

    DemoAccounts(AccountService accounts, ExpertPoolService pool) {
        this.accounts = accounts;
        this.pool = pool;
    }

    static List<Login> logins() {
        List<Login> logins = new ArrayList<>();
        logins.add(login("province", "province-demo", "江苏省职业技能鉴定中心", PROVINCE, "province", null, null, null));
        logins.add(login("nanjing", "nanjing-demo", "南京市职业技能鉴定指导中心", PROVINCE, "city", "3201", null, null));
        logins.add(login("suzhou", "suzhou-demo", "苏州市职业技能鉴定指导中心", PROVINCE, "city", "3205", null, null));
        logins.add(login(
                "nanjing-equipment-hr",
                "enterprise-demo",
                DemoData.EQUIPMENT_NAME + "人力资源部",
                NANJING,
                "enterprise",
                null,
                DemoData.NANJING_EQUIPMENT,
                null));
        logins.add(login(
                "suzhou-precision-hr",
                "enterprise-demo",
                "苏州某精密制造有限公司人力资源部",
                SUZHOU,
                "enterprise",
                null,
                DemoData.SUZHOU_PRECISION,
                null));
        logins.add(login("wang-applicant", "applicant-demo", "王建国", NANJING_HR, "applicant", null, null, "E1001"));
        logins.add(login("li-applicant", "applicant-demo", "李国强", NANJING_HR, "applicant", null, null, "E1002"));
        logins.add(login("zhao-applicant", "applicant-demo", "赵明", SUZHOU_HR, "applicant", null, null, "S2001"));
        for (Map.Entry<String, PanelMember> expert : DemoData.PANEL.entrySet()) {
            logins.add(new Login(
                    expert.getKey(),
                    "expert-demo",
                    expert.getValue().name(),
                    NANJING,
                    new NewAccount(
                            expert.getKey(),
                            expert.getValue().name(),
                            "expert",
                            null,
                            null,
                            null,
                            expert.getValue().expertId())));
        }
        return logins;
    }

    private static Login login(
            String username,
            String password,
            String displayName,
            Caller creator,
            String role,
            String city,
            String creditCode,
            String employeeNumber) {
        return new Login(
                username,
                password,
                displayName,
                creator,
                new NewAccount(username, displayName, role, city, creditCode, employeeNumber, null));
    }

    /** Creates the pool entries and logins missing; returns how many logins it created. */
    int seed() {
        int index = 0;
        for (PanelMember member : DemoData.PANEL.values()) {
            String occupation = EXPERT_OCCUPATIONS.get(index++ % EXPERT_OCCUPATIONS.size());
            try {
                pool.add(
                        NANJING,
                        new PoolExpertRecord(
                                0,
                                0,
                                member.expertId(),
                                member.name(),
                                occupation,
                                member.organisation(),
                                member.title(),
                                "3201",
                                List.of(),
                                true));
            } catch (ConflictException exists) {
                // seeded before
            }
        }
        int created = 0;
        for (Login login : logins()) {
            IssuedAccount issued;
            try {
                issued = accounts.create(login.creator(), login.account());
            } catch (ConflictException exists) {
                continue;
            }
            Caller self = Caller.fromJaasRoles(
                    login.username(), List.of(login.account().role()));
            accounts.changeOwnPassword(
                    self,
                    issued.oneTimePassword().toCharArray(),
                    login.password().toCharArray());
            created++;
        }
        return created;
    }
}
