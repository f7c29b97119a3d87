package org.skilleval.core.accounts.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.accounts.AccountImportService;
import org.skilleval.core.accounts.ImportRejectedException;
import org.skilleval.core.accounts.ImportRejectedException.RowError;
import org.skilleval.core.accounts.ImportRow;
import org.skilleval.core.accounts.IssuedAccount;
import org.skilleval.core.accounts.NewAccount;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;
import org.skilleval.core.persistence.ExpertPoolStore;
import org.skilleval.core.persistence.OccupationStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

/**
 * Checks every row with the same rules as a single creation, collects every refusal, and writes
 * all rows in one transaction only when none is refused. One-time passwords are hashed in parallel
 * (at bcrypt's minimum cost, see {@link Passwords}).
 */
@Component(service = AccountImportService.class, configurationPid = AccountsConfiguration.PID)
public class AccountImportServiceImpl implements AccountImportService {

    private final AccountStore accounts;
    private final ExpertPoolStore pool;
    private final AccountServiceImpl accountRules;
    private final ExpertPoolServiceImpl poolRules;
    private final Passwords passwords;

    @Activate
    public AccountImportServiceImpl(
            @Reference AccountStore accounts,
            @Reference ExpertPoolStore pool,
            @Reference ParticipationStore participations,
            @Reference OccupationStore occupations,
            @Reference SignInThrottle throttle,
            AccountsConfiguration configuration) {
        this(
                accounts,
                pool,
                new AccountServiceImpl(
                        accounts,
                        pool,
                        participations,
                        new Passwords(configuration.passwordHashCost()),
                        PasswordPolicy.withShippedList(),
                        throttle,
                        Clock.systemUTC()),
                new ExpertPoolServiceImpl(pool, occupations),
                new Passwords(configuration.passwordHashCost()));
    }

    AccountImportServiceImpl(
            AccountStore accounts,
            ExpertPoolStore pool,
            AccountServiceImpl accountRules,
            ExpertPoolServiceImpl poolRules,
            Passwords passwords) {
        this.accounts = accounts;
        this.pool = pool;
        this.accountRules = accountRules;
        this.poolRules = poolRules;
        this.passwords = passwords;
    }

    @Override
    public List<IssuedAccount> importEmployees(Caller caller, List<ImportRow> rows) {
        caller.requireAny(Role.ENTERPRISE);
        AccountScope scope = AccountScope.of(caller);
        Map<String, String> cities = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<AccountRecord> drafts = new ArrayList<>();
        Map<String, Integer> usernames = new HashMap<>();
        Map<String, Integer> employees = new HashMap<>();
        Map<String, Integer> idNumbers = new HashMap<>();
        for (ImportRow row : rows) {
            boolean idNumberPresent = !row.get("idNumber").isEmpty();
            if (!idNumberPresent) {
                errors.add(new RowError(
                        row.line(), "idNumber", "required", "居民身份证号码为必填项", "The resident ID number is required"));
            }
            try {
                AccountRecord draft = accountRules.draft(
                        caller,
                        scope,
                        new NewAccount(
                                row.get("username"),
                                row.get("name"),
                                "applicant",
                                null,
                                null,
                                row.get("employeeNumber"),
                                null,
                                row.get("idNumber")),
                        code -> cities.computeIfAbsent(code, accountRules::cityOfEnterprise));
                boolean unique = once(usernames, draft.username(), row, "username", errors)
                        & once(employees, draft.subject(), row, "employeeNumber", errors)
                        & (!idNumberPresent
                                || once(idNumbers, draft.idNumber(), draft.maskedIdNumber(), row, "idNumber", errors));
                if (unique && idNumberPresent) {
                    drafts.add(draft);
                }
            } catch (RuleViolationException e) {
                errors.add(error(row, "displayName".equals(e.field()) ? "name" : e.field(), e));
            }
        }
        if (!drafts.isEmpty()) {
            Set<String> takenNames = accounts.existingUsernames(usernames.keySet());
            Set<String> takenNumbers =
                    accounts.existingSubjects(AccountScope.APPLICANT, caller.enterprise(), employees.keySet());
            for (String name : takenNames) {
                errors.add(taken(
                        usernames.get(name), "username", "用户名 " + name + " 已被使用", "user name " + name + " is taken"));
            }
            for (String idNumber : accounts.existingApplicantIdNumbers(caller.enterprise(), idNumbers.keySet())) {
                String masked = ResidentIdNumber.mask(idNumber);
                errors.add(taken(
                        idNumbers.get(idNumber),
                        "idNumber",
                        "本企业已有持该身份证号码（" + masked + "）的员工账号",
                        "an employee account of the enterprise holds ID number " + masked + " already"));
            }
            for (String number : takenNumbers) {
                errors.add(taken(
                        employees.get(number),
                        "employeeNumber",
                        "工号 " + number + " 已有账号",
                        "employee " + number + " has an account"));
            }
        }
        reject(errors, rows);
        Map<String, String> oneTime = new ConcurrentHashMap<>();
        List<AccountCredentials> hashed = drafts.parallelStream()
                .map(draft -> {
                    String password = passwords.oneTime();
                    oneTime.put(draft.username(), password);
                    return new AccountCredentials(draft, passwords.hashOneTime(password));
                })
                .toList();
        List<AccountRecord> created = accounts.create(hashed, AccountServiceImpl.actor(caller));
        List<IssuedAccount> issued = new ArrayList<>(created.size());
        for (AccountRecord account : created) {
            issued.add(new IssuedAccount(account, oneTime.get(account.username())));
        }
        return issued;
    }

    @Override
    public List<PoolExpertRecord> importExperts(Caller caller, List<ImportRow> rows) {
        caller.requireAny(Role.PROVINCE, Role.CITY);
        Map<String, Boolean> occupations = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<PoolExpertRecord> checked = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (ImportRow row : rows) {
            try {
                PoolExpertRecord expert = poolRules.checked(
                        caller,
                        new PoolExpertRecord(
                                0,
                                0,
                                row.get("expertId"),
                                row.get("name"),
                                row.get("occupation"),
                                row.get("organisation"),
                                row.get("title"),
                                row.get("city"),
                                List.of(),
                                true),
                        name -> occupations.computeIfAbsent(name, poolRules::isActiveOccupation));
                if (once(ids, expert.expertId(), row, "expertId", errors)) {
                    checked.add(expert);
                }
            } catch (RuleViolationException e) {
                errors.add(error(row, "cityCode".equals(e.field()) ? "city" : e.field(), e));
            } catch (AccessDeniedException e) {
                errors.add(new RowError(
                        row.line(), "city", "forbidden", "不能为其他设区市添加专家", "A city adds experts of its own pool only"));
            }
        }
        if (!checked.isEmpty()) {
            for (String id : pool.existing(ids.keySet())) {
                errors.add(taken(
                        ids.get(id), "expertId", "专家编号 " + id + " 已在专家库中", "expert " + id + " is in the pool already"));
            }
        }
        reject(errors, rows);
        return pool.add(checked, AccountServiceImpl.actor(caller));
    }

    /** Records a key's first line; a second occurrence is an error naming the first. */
    private static boolean once(
            Map<String, Integer> seen, String key, ImportRow row, String field, List<RowError> errors) {
        return once(seen, key, key, row, field, errors);
    }

    /** As above, naming the key as {@code shown} (an ID number masked). */
    private static boolean once(
            Map<String, Integer> seen, String key, String shown, ImportRow row, String field, List<RowError> errors) {
        Integer first = seen.putIfAbsent(key, row.line());
        if (first == null) {
            return true;
        }
        errors.add(new RowError(
                row.line(),
                field,
                "duplicate-in-file",
                "与第 " + first + " 行重复：" + shown,
                "same as line " + first + ": " + shown));
        return false;
    }

    private static RowError error(ImportRow row, String field, RuleViolationException e) {
        return new RowError(row.line(), field == null ? "" : field, e.rule(), e.messageZh(), e.messageEn());
    }

    private static RowError taken(int line, String field, String zh, String en) {
        return new RowError(line, field, "taken", zh, en);
    }

    private static void reject(List<RowError> errors, List<ImportRow> rows) {
        if (rows.isEmpty()) {
            errors.add(new RowError(1, "", "empty", "文件中没有数据行", "The file holds no data row"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::line).thenComparing(RowError::field));
            throw new ImportRejectedException(errors);
        }
    }
}
