package org.skilleval.core.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.accounts.ExpertPoolService;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.persistence.ExpertPoolStore;
import org.skilleval.core.persistence.OccupationStore;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.UnifiedSocialCreditCode;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = ExpertPoolService.class)
public class ExpertPoolServiceImpl implements ExpertPoolService {

    static final Pattern EXPERT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_PAGE = 200;

    private final ExpertPoolStore pool;
    private final OccupationStore occupations;

    @Activate
    public ExpertPoolServiceImpl(@Reference ExpertPoolStore pool, @Reference OccupationStore occupations) {
        this.pool = pool;
        this.occupations = occupations;
    }

    @Override
    public PoolExpertRecord add(Caller caller, PoolExpertRecord expert) {
        PoolExpertRecord checked = checked(caller, expert);
        if (!pool.existing(List.of(checked.expertId())).isEmpty()) {
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "专家编号 " + checked.expertId() + " 已在专家库中",
                    "The expert id " + checked.expertId() + " is in the pool already");
        }
        return pool.add(List.of(checked), AccountServiceImpl.actor(caller)).get(0);
    }

    /** The entry as it will be stored: every field checked, the keeping city the caller's own. */
    PoolExpertRecord checked(Caller caller, PoolExpertRecord expert) {
        return checked(caller, expert, this::isActiveOccupation);
    }

    boolean isActiveOccupation(String name) {
        return occupations.findByName(name).filter(o -> o.active()).isPresent();
    }

    /** As {@link #checked(Caller, PoolExpertRecord)}, asking {@code knownOccupation} about the occupation. */
    PoolExpertRecord checked(
            Caller caller, PoolExpertRecord expert, java.util.function.Predicate<String> knownOccupation) {
        String city = keepingCity(caller, expert.cityCode());
        if (!EXPERT_ID.matcher(expert.expertId().trim()).matches()) {
            throw new RuleViolationException(
                    "expertId",
                    "pattern",
                    "专家编号须为 1 至 64 个字母、数字或 . _ -",
                    "The expert id needs 1 to 64 of letters, digits, . _ -");
        }
        String name = required(expert.name(), "name", 100);
        String occupation = required(expert.occupation(), "occupation", 100);
        if (!knownOccupation.test(occupation)) {
            throw new RuleViolationException(
                    "occupation",
                    "unknown-occupation",
                    "职业（工种）目录中没有“" + occupation + "”",
                    "The occupation catalogue has no active occupation " + occupation);
        }
        String organisation = required(expert.organisation(), "organisation", 200);
        if (expert.title().length() > 200) {
            throw new RuleViolationException("title", "too-long", "职称最长 200 个字符", "At most 200 characters");
        }
        List<PoolExpertRecord.DeclaredRelation> relations = new ArrayList<>();
        for (int i = 0; i < expert.relations().size(); i++) {
            PoolExpertRecord.DeclaredRelation relation = expert.relations().get(i);
            String field = "relations[" + i + "]";
            String creditCode = UnifiedSocialCreditCode.parse(relation.creditCode(), field + ".creditCode")
                    .value();
            String employee = required(relation.employeeNumber(), field + ".employeeNumber", 32);
            relations.add(
                    new PoolExpertRecord.DeclaredRelation(creditCode, employee, relation.relation(), relation.note()));
        }
        return new PoolExpertRecord(
                0,
                0,
                expert.expertId().trim(),
                name,
                occupation,
                organisation,
                expert.title().trim(),
                city,
                relations,
                true);
    }

    /** The city that will keep an entry: a city keeps its own; the province any, or its own (empty). */
    private static String keepingCity(Caller caller, String requested) {
        String asked = requested == null || requested.isBlank()
                ? ""
                : City.parse(requested, "cityCode").code();
        if (caller.has(Role.PROVINCE)) {
            return asked;
        }
        if (caller.has(Role.CITY) && caller.city() != null && (asked.isEmpty() || asked.equals(caller.city()))) {
            return caller.city();
        }
        throw new AccessDeniedException(caller.username() + " may not keep experts of this pool");
    }

    @Override
    public Page<PoolExpertRecord> list(Caller caller, String cityCode, String occupation, int offset, int limit) {
        caller.requireAny(Role.PROVINCE, Role.CITY, Role.ENTERPRISE);
        String city = cityCode == null
                ? null
                : cityCode.isBlank() ? "" : City.parse(cityCode, "city").code();
        String asked = occupation == null || occupation.isBlank() ? null : occupation.trim();
        if (asked != null
                && (asked.length() > 100 || occupations.findByName(asked).isEmpty())) {
            // A filter names an occupation of the catalogue, as an entry does; anything else is a mistake.
            throw new RuleViolationException(
                    "occupation",
                    "unknown-occupation",
                    "职业（工种）目录中没有这个职业",
                    "The occupation catalogue has no such occupation");
        }
        return pool.list(city, asked, Math.max(0, offset), Math.min(MAX_PAGE, limit));
    }

    @Override
    public PoolExpertRecord find(Caller caller, String expertId) {
        caller.requireAny(Role.PROVINCE, Role.CITY, Role.ENTERPRISE);
        return pool.find(expertId).orElseThrow(() -> new NotFoundException("PoolExpert", expertId));
    }

    @Override
    public PoolExpertRecord setEnabled(Caller caller, String expertId, boolean enabled) {
        caller.requireAny(Role.PROVINCE, Role.CITY);
        PoolExpertRecord expert = pool.find(expertId).orElseThrow(() -> new NotFoundException("PoolExpert", expertId));
        if (!caller.has(Role.PROVINCE) && !Objects.equals(caller.city(), expert.cityCode())) {
            throw new AccessDeniedException(caller.username() + " does not keep expert " + expertId);
        }
        return expert.enabled() == enabled
                ? expert
                : pool.setEnabled(expertId, enabled, AccountServiceImpl.actor(caller));
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "required", field + " 为必填项", field + " is required");
        }
        if (value.trim().length() > maxLength) {
            throw new RuleViolationException(
                    field,
                    "too-long",
                    field + " 最长 " + maxLength + " 个字符",
                    field + " has at most " + maxLength + " characters");
        }
        return value.trim();
    }
}
