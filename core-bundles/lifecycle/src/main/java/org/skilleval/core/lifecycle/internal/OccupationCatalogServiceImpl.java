package org.skilleval.core.lifecycle.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.lifecycle.OccupationCatalogService;
import org.skilleval.core.persistence.OccupationStore;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = OccupationCatalogService.class)
public class OccupationCatalogServiceImpl implements OccupationCatalogService {

    private static final Logger LOG = LoggerFactory.getLogger(OccupationCatalogServiceImpl.class);

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_BASIS_LENGTH = 500;

    /** The catalogue a fresh installation starts with, next to this class in the bundle. */
    static final String SEED_RESOURCE = "occupations.csv";

    /** Who the audit trail names for the entries of the seed file. */
    static final AuditActor SEED_ACTOR = new AuditActor("system", "system");

    // 大类-中类-小类-细类 of the national occupation classification, e.g. 6-18-01-01, with room for
    // a two-digit 工种 segment after it.
    private static final Pattern CODE = Pattern.compile("[1-8]-\\d{2}-\\d{2}-\\d{2}(-\\d{2})?");

    private final OccupationStore occupations;

    @Activate
    public OccupationCatalogServiceImpl(@Reference OccupationStore occupations) {
        this.occupations = occupations;
        // The seed file is part of the bundle: reading it fails loudly, before anything is caught.
        List<Entry> seed = readSeed();
        try {
            int added = seedIfEmpty(occupations, SEED_ACTOR, seed);
            if (added > 0) {
                LOG.info("Occupation catalogue was empty; added {} occupations from {}", added, SEED_RESOURCE);
            }
        } catch (RuntimeException e) {
            // An unreachable database must not take the catalogue service down with it; the next
            // activation tries again, and the province can add occupations by hand meanwhile.
            LOG.warn("Could not seed the empty occupation catalogue from {}", SEED_RESOURCE, e);
        }
    }

    /**
     * Fills an empty catalogue from {@value #SEED_RESOURCE}, so that a fresh installation has
     * occupations to choose from. Does nothing when the catalogue holds any entry, active or not:
     * from then on the province keeps it, and an entry it retired must not come back.
     *
     * @return how many occupations were added
     */
    public static int seedIfEmpty(OccupationStore store, AuditActor systemActor) {
        return seedIfEmpty(store, systemActor, readSeed());
    }

    private static int seedIfEmpty(OccupationStore store, AuditActor systemActor, List<Entry> seed) {
        if (store.list(null, null, 0, 1).total() > 0) {
            return 0;
        }
        int added = 0;
        for (Entry entry : seed) {
            try {
                store.create(entry.code(), entry.name(), entry.hasStandard(), entry.basis(), systemActor);
                added++;
            } catch (ConflictException e) {
                // Another node seeded the same entry at the same moment: it is there, which is all we want.
                LOG.debug("Seed occupation {} already present", entry.name());
            }
        }
        return added;
    }

    /** The seed file's entries, each checked by the same rules as {@link #add}. */
    static List<Entry> readSeed() {
        InputStream in = OccupationCatalogServiceImpl.class.getResourceAsStream(SEED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(SEED_RESOURCE + " is missing from the bundle");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split(",", -1);
                if (columns.length != 4) {
                    throw new IllegalStateException(
                            SEED_RESOURCE + " line " + number + " has " + columns.length + " columns, not 4");
                }
                try {
                    entries.add(Entry.of(columns[0], columns[1], Boolean.parseBoolean(columns[2].strip()), columns[3]));
                } catch (RuleViolationException e) {
                    throw new IllegalStateException(SEED_RESOURCE + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    @Override
    public OccupationRecord add(
            Caller caller, String code, String name, boolean hasSeniorTechnicianStandard, String basis) {
        caller.requireAny(Role.PROVINCE);
        Entry entry = Entry.of(code, name, hasSeniorTechnicianStandard, basis);
        return occupations.create(
                entry.code(), entry.name(), entry.hasStandard(), entry.basis(), actor(caller, Role.PROVINCE));
    }

    @Override
    public OccupationRecord change(
            Caller caller, long id, long version, Boolean hasSeniorTechnicianStandard, String basis, Boolean active) {
        caller.requireAny(Role.PROVINCE);
        // null keeps the stored basis; blank removes it
        String newBasis = basis == null ? null : optional(basis, "basis", MAX_BASIS_LENGTH, "依据", "the basis");
        return occupations.update(id, version, "change", "", actor(caller, Role.PROVINCE), occupation -> {
            boolean hasStandard = hasSeniorTechnicianStandard == null
                    ? occupation.hasSeniorTechnicianStandard()
                    : hasSeniorTechnicianStandard;
            String changedBasis = basis == null ? occupation.basis() : newBasis;
            requireBasis(hasStandard, changedBasis);
            boolean inUse = active == null ? occupation.active() : active;
            return occupation.withStandard(hasStandard, changedBasis).withActive(inUse);
        });
    }

    @Override
    public boolean hasSeniorTechnicianStandard(String occupationName) {
        if (occupationName == null || occupationName.isBlank()) {
            return false;
        }
        return occupations
                .findByName(occupationName.strip())
                .filter(OccupationRecord::active)
                .map(OccupationRecord::hasSeniorTechnicianStandard)
                .orElse(false);
    }

    @Override
    public Page<OccupationRecord> list(Caller caller, String nameContains, Boolean hasStandard, int offset, int limit) {
        caller.requireAny(Role.values());
        String part = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
        return occupations.list(part, hasStandard, offset, limit);
    }

    /** An occupation as the rules accept it: trimmed, with blanks turned into {@code null}. */
    record Entry(String code, String name, boolean hasStandard, String basis) {

        static Entry of(String code, String name, boolean hasStandard, String basis) {
            if (name == null || name.isBlank()) {
                throw required("name", "职业（工种）名称", "the occupation's name");
            }
            String stripped = name.strip();
            if (stripped.length() > MAX_NAME_LENGTH) {
                throw tooLong("name", MAX_NAME_LENGTH, "职业（工种）名称", "the occupation's name");
            }
            String checkedCode = code == null || code.isBlank() ? null : code.strip();
            if (checkedCode != null && !CODE.matcher(checkedCode).matches()) {
                throw new RuleViolationException(
                        "code",
                        "code",
                        "职业编码须为国家职业分类大典的编码，如 6-18-01-01",
                        "the code must be a national occupation classification code such as 6-18-01-01");
            }
            String checkedBasis = optional(basis, "basis", MAX_BASIS_LENGTH, "依据", "the basis");
            requireBasis(hasStandard, checkedBasis);
            return new Entry(checkedCode, stripped, hasStandard, checkedBasis);
        }
    }

    private static void requireBasis(boolean hasStandard, String basis) {
        if (hasStandard && basis == null) {
            throw new RuleViolationException(
                    "basis",
                    "required",
                    "请填写所依据的高级技师国家职业技能标准或行业、企业评价规范",
                    "name the national senior technician standard or the industry or enterprise evaluation specification");
        }
    }

    private static String optional(String value, String field, int maxLength, String zhName, String enName) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw tooLong(field, maxLength, zhName, enName);
        }
        return stripped;
    }

    private static RuleViolationException tooLong(String field, int maxLength, String zhName, String enName) {
        return new RuleViolationException(
                field,
                "length",
                zhName + "最多 " + maxLength + " 个字符",
                enName + " takes at most " + maxLength + " characters");
    }

    private static RuleViolationException required(String field, String zhName, String enName) {
        return new RuleViolationException(field, "required", "请填写" + zhName, enName + " is required");
    }

    private static AuditActor actor(Caller caller, Role role) {
        return new AuditActor(caller.username(), role.roleName());
    }
}
