package org.skilleval.core.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.accounts.AccountService;
import org.skilleval.core.accounts.IssuedAccount;
import org.skilleval.core.accounts.NewAccount;
import org.skilleval.core.accounts.PasswordChecksThrottledException;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;
import org.skilleval.core.persistence.ExpertPoolStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.UnifiedSocialCreditCode;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

// The metatype of the shared PID is designated once, by DatabaseAuthenticator.
@Component(service = AccountService.class, configurationPid = AccountsConfiguration.PID)
public class AccountServiceImpl implements AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final int MAX_PAGE = 200;

    private final AccountStore accounts;
    private final ExpertPoolStore pool;
    private final ParticipationStore participations;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final Clock clock;

    @Activate
    public AccountServiceImpl(
            @Reference AccountStore accounts,
            @Reference ExpertPoolStore pool,
            @Reference ParticipationStore participations,
            @Reference SignInThrottle throttle,
            AccountsConfiguration configuration) {
        this(
                accounts,
                pool,
                participations,
                new Passwords(configuration.passwordHashCost()),
                PasswordPolicy.withShippedList(),
                throttle,
                Clock.systemUTC());
    }

    AccountServiceImpl(
            AccountStore accounts,
            ExpertPoolStore pool,
            ParticipationStore participations,
            Passwords passwords,
            PasswordPolicy policy,
            SignInThrottle throttle,
            Clock clock) {
        this.accounts = accounts;
        this.pool = pool;
        this.participations = participations;
        this.passwords = passwords;
        this.policy = policy;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public IssuedAccount create(Caller caller, NewAccount request) {
        AccountScope scope = AccountScope.of(caller);
        if (!scope.administersAny()) {
            throw new AccessDeniedException(caller.username() + " administers no accounts");
        }
        AccountRecord draft = draft(caller, scope, request);
        if (!accounts.existingUsernames(List.of(draft.username())).isEmpty()) {
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "用户名 " + draft.username() + " 已被使用",
                    "The user name " + draft.username() + " is taken");
        }
        if (!draft.subject().isEmpty()
                && !accounts.existingSubjects(draft.role(), draft.creditCode(), List.of(draft.subject()))
                        .isEmpty()) {
            boolean expert = draft.role().equals(AccountScope.EXPERT);
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    (expert ? "专家 " : "工号 ") + draft.subject() + " 已有账号",
                    (expert ? "The expert " : "The employee ") + draft.subject() + " has an account already");
        }
        if (!draft.idNumber().isEmpty()
                && !accounts.existingApplicantIdNumbers(draft.creditCode(), List.of(draft.idNumber()))
                        .isEmpty()) {
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "本企业已有持该身份证号码（" + draft.maskedIdNumber() + "）的员工账号",
                    "An employee account of the enterprise holds this ID number (" + draft.maskedIdNumber()
                            + ") already");
        }
        String oneTime = passwords.oneTime();
        AccountRecord created = accounts.create(
                        List.of(new AccountCredentials(draft, passwords.hashOneTime(oneTime))), actor(caller))
                .get(0);
        return new IssuedAccount(created, oneTime);
    }

    /** The account a request describes, checked field by field and against the caller's scope. */
    AccountRecord draft(Caller caller, AccountScope scope, NewAccount request) {
        return draft(caller, scope, request, this::cityOfEnterprise);
    }

    /** As {@link #draft(Caller, AccountScope, NewAccount)}, finding an enterprise's city with {@code cityOf}. */
    AccountRecord draft(
            Caller caller, AccountScope scope, NewAccount request, java.util.function.UnaryOperator<String> cityOf) {
        String username = required(request.username(), "username").toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolationException(
                    "username",
                    "pattern",
                    "用户名须为 3 至 64 个小写字母、数字或 . _ -，以字母或数字开头",
                    "The user name needs 3 to 64 of a-z 0-9 . _ -, starting with a letter or digit");
        }
        String displayName = required(request.displayName(), "displayName");
        if (displayName.length() > 200) {
            throw new RuleViolationException("displayName", "too-long", "姓名最长 200 个字符", "At most 200 characters");
        }
        String role = required(request.role(), "role");
        if (Role.fromRoleName(role).isEmpty()) {
            throw new RuleViolationException(
                    "role",
                    "one-of",
                    "角色须为省级、设区市、企业人事、专家、申报人或插件开发人员之一（取值见接口文档）",
                    "The role must be one of province, city, enterprise, expert, applicant, plugin_developer");
        }
        if (!scope.roles().contains(role)) {
            throw new AccessDeniedException(caller.username() + " may not create " + role + " accounts");
        }
        String city = "";
        String creditCode = "";
        String subject = "";
        String idNumber = "";
        switch (role) {
            case "city" -> city = City.parse(required(request.cityCode(), "cityCode"), "cityCode")
                    .code();
            case "enterprise" -> {
                creditCode = UnifiedSocialCreditCode.parse(required(request.creditCode(), "creditCode"), "creditCode")
                        .value();
                city = cityOf.apply(creditCode);
            }
            case "applicant" -> {
                creditCode = caller.enterprise() == null ? "" : caller.enterprise();
                city = creditCode.isEmpty() ? "" : cityOf.apply(creditCode);
                subject = subject(request.employeeNumber(), "employeeNumber");
                if (request.idNumber() != null && !request.idNumber().isBlank()) {
                    idNumber = ResidentIdNumber.parse(request.idNumber().strip(), "idNumber", LocalDate.now(clock))
                            .value();
                }
            }
            case "plugin_developer" -> {
                // The enterprise whose HR creates the account: a developer writes for that one only.
                creditCode = caller.enterprise() == null ? "" : caller.enterprise();
                city = creditCode.isEmpty() ? "" : cityOf.apply(creditCode);
            }
            case "expert" -> {
                subject = subject(request.expertId(), "expertId");
                PoolExpertRecord expert = pool.find(subject)
                        .orElseThrow(() -> new RuleViolationException(
                                "expertId",
                                "unknown-expert",
                                "专家库中没有这位专家，请先将其加入专家库",
                                "No such expert in the expert pool; add the expert to the pool first"));
                city = expert.cityCode();
            }
            default -> {
                // province: no tenant
            }
        }
        if (!scope.covers(role, city, creditCode)) {
            throw new AccessDeniedException(caller.username() + " may not create this " + role + " account");
        }
        return new AccountRecord(
                0,
                0,
                username,
                displayName,
                role,
                city,
                creditCode,
                subject,
                true,
                true,
                0,
                caller.username(),
                Instant.now(clock),
                idNumber);
    }

    /** The city an enterprise was recommended by, or else the one its credit code was issued in. */
    String cityOfEnterprise(String creditCode) {
        return participations.cityOf(creditCode).orElseGet(() -> {
            String division = UnifiedSocialCreditCode.parse(creditCode, "creditCode")
                    .divisionCode()
                    .substring(0, 4);
            try {
                return City.fromCode(division).code();
            } catch (RuleViolationException outsideJiangsu) {
                return "";
            }
        });
    }

    @Override
    public Page<AccountRecord> list(Caller caller, String role, String cityCode, int offset, int limit) {
        AccountScope scope = AccountScope.of(caller);
        if (!scope.administersAny()) {
            throw new AccessDeniedException(caller.username() + " administers no accounts");
        }
        Set<String> roles = scope.roles();
        if (role != null && !role.isBlank()) {
            if (Role.fromRoleName(role).isEmpty()) {
                throw new RuleViolationException(
                        "role",
                        "unknown-role",
                        "没有这个角色；可选省级、设区市、试点企业、专家、申报人的角色",
                        "No such role; one of province, city, enterprise, expert, applicant");
            }
            roles = roles.contains(role) ? Set.of(role) : Set.of();
        }
        String city = scope.cityCode();
        if (cityCode != null && !cityCode.isBlank()) {
            String asked = City.parse(cityCode, "city").code();
            if (city != null && !city.equals(asked)) {
                return new Page<>(List.of(), 0, offset, limit);
            }
            city = asked;
        }
        return accounts.list(roles, city, scope.creditCode(), Math.max(0, offset), Math.min(MAX_PAGE, limit));
    }

    @Override
    public AccountRecord find(Caller caller, String username) {
        AccountScope scope = AccountScope.of(caller);
        return accounts.find(username == null ? "" : username.toLowerCase(Locale.ROOT))
                .filter(scope::covers)
                .orElseThrow(() -> new NotFoundException("Account", username));
    }

    @Override
    public IssuedAccount resetPassword(Caller caller, String username) {
        AccountRecord account = find(caller, username);
        String oneTime = passwords.oneTime();
        AccountRecord after = accounts.update(
                account.username(),
                "reset-password",
                "",
                actor(caller),
                passwords.hashOneTime(oneTime),
                a -> a.with(a.enabled(), true, a.tokenEpoch() + 1));
        return new IssuedAccount(after, oneTime);
    }

    @Override
    public AccountRecord setEnabled(Caller caller, String username, boolean enabled) {
        AccountRecord account = find(caller, username);
        if (!enabled && account.username().equals(caller.username())) {
            throw new RuleViolationException("username", "self", "不能停用自己的账号", "You cannot disable your own account");
        }
        if (account.enabled() == enabled) {
            return account;
        }
        AccountRecord after = accounts.update(
                account.username(),
                enabled ? "enable" : "disable",
                "",
                actor(caller),
                null,
                a -> a.with(enabled, a.mustChangePassword(), enabled ? a.tokenEpoch() : a.tokenEpoch() + 1));
        return after;
    }

    @Override
    public AccountRecord changeOwnPassword(Caller caller, char[] currentPassword, char[] newPassword) {
        AccountCredentials stored = accounts.credentials(caller.username())
                .orElseThrow(() -> new NotFoundException("Account", caller.username()));
        String current = currentPassword == null ? "" : new String(currentPassword);
        String next = newPassword == null ? "" : new String(newPassword);
        String name = caller.username();
        Optional<Duration> wait = throttle.refusal(name, null);
        if (wait.isPresent()) {
            throw new PasswordChecksThrottledException(wait.get());
        }
        if (!passwords.matches(current, stored.passwordHash())) {
            AuditActor self = new AuditActor(name, stored.account().role());
            accounts.audit(name, "password-check-failed", "", self);
            if (throttle.failed(name, null)) {
                accounts.audit(name, "locked-out", "", self);
            }
            throw new RuleViolationException(
                    "currentPassword", "wrong-password", "当前密码不正确", "The current password is wrong");
        }
        throttle.succeeded(name);
        policy.check(caller.username(), next, "newPassword");
        if (next.equals(current)) {
            throw new RuleViolationException(
                    "newPassword", "unchanged", "新密码不能与当前密码相同", "The new password must differ from the current one");
        }
        AccountRecord after = accounts.update(
                caller.username(),
                "change-password",
                "",
                new AuditActor(caller.username(), stored.account().role()),
                passwords.hash(next),
                a -> a.with(a.enabled(), false, a.tokenEpoch() + 1));
        return after;
    }

    static AuditActor actor(Caller caller) {
        for (Role role : Role.values()) {
            if (caller.has(role)) {
                return new AuditActor(caller.username(), role.roleName());
            }
        }
        return new AuditActor(caller.username(), "none");
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "required", field + " 为必填项", field + " is required");
        }
        return value.trim();
    }

    private static String subject(String value, String field) {
        String subject = required(value, field);
        if (!SUBJECT.matcher(subject).matches()) {
            throw new RuleViolationException(
                    field,
                    "pattern",
                    field + " 须为 1 至 32 个字母、数字或 . _ -",
                    field + " needs 1 to 32 of letters, digits, . _ -");
        }
        return subject;
    }
}
