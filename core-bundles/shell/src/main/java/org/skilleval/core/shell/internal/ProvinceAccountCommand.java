package org.skilleval.core.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.skilleval.core.accounts.AccountService;
import org.skilleval.core.accounts.IssuedAccount;
import org.skilleval.core.accounts.NewAccount;
import org.skilleval.core.security.Caller;

/**
 * The first account of an installation without the demo: only the operator can make it, since no
 * one can sign in yet. Also resets a province account whose user lost the password.
 */
@Command(
        scope = "skilleval",
        name = "province-account",
        description = "Creates a province account (or resets its password) and prints its one-time password once")
@Service
public class ProvinceAccountCommand implements Action {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "username", description = "The login name, e.g. jiangsu-osta", required = true)
    String username;

    @Argument(index = 1, name = "displayName", description = "The office's name, e.g. 江苏省职业技能鉴定中心")
    String displayName;

    @Override
    public Object execute() {
        // The operator acts as the province, under their own shell user name in the audit trail.
        Caller operator = Caller.fromJaasRoles(Operator.current(), List.of("province"));
        IssuedAccount issued = displayName == null
                ? accounts.resetPassword(operator, username)
                : accounts.create(operator, new NewAccount(username, displayName, "province", null, null, null, null));
        System.out.println(issued.account().username() + ": one-time password " + issued.oneTimePassword()
                + " (shown once; to be changed at the first sign-in)");
        return null;
    }
}
