package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.lifecycle.internal.OccupationCatalogServiceImpl.Entry;
import org.skilleval.core.persistence.OccupationStore;

/** The catalogue a fresh installation starts with, from occupations.csv. */
class OccupationCatalogSeedTest {

    private static final AuditActor SYSTEM = new AuditActor("system", "system");

    @Test
    void theSeedFileHoldsUniqueOccupationsEachWithTheStandardAndItsBasis() {
        List<Entry> seed = OccupationCatalogServiceImpl.readSeed();

        assertTrue(seed.size() >= 15, "about twenty occupations, got " + seed.size());
        assertEquals(seed.size(), new HashSet<>(seed.stream().map(Entry::name).toList()).size(), "names unique");
        for (Entry entry : seed) {
            assertTrue(entry.hasStandard(), entry.name());
            assertTrue(entry.basis() != null && entry.basis().contains("高级技师"), entry.name());
        }
        Entry lathe =
                seed.stream().filter(e -> e.name().equals("车工")).findFirst().orElseThrow();
        assertEquals("6-18-01-01", lathe.code());
        assertEquals(
                null,
                seed.stream()
                        .filter(e -> e.name().equals("磨工"))
                        .findFirst()
                        .orElseThrow()
                        .code(),
                "an unrecorded code is blank in the file and none in the catalogue");
    }

    @Test
    void anEmptyCatalogueIsSeededOnceInTheSystemsName() {
        FakeStore store = new FakeStore();

        int added = OccupationCatalogServiceImpl.seedIfEmpty(store, SYSTEM);

        assertEquals(OccupationCatalogServiceImpl.readSeed().size(), added);
        assertEquals(added, store.entries.size());
        assertEquals(List.of(SYSTEM), store.actors.stream().distinct().toList());
        assertEquals(0, OccupationCatalogServiceImpl.seedIfEmpty(store, SYSTEM));
        assertEquals(added, store.entries.size());
    }

    @Test
    void aCatalogueWhoseOnlyEntryWasRetiredIsNotSeededAgain() {
        FakeStore store = new FakeStore();
        OccupationRecord own = store.create(null, "某企业工种", false, null, SYSTEM);
        store.update(own.id(), own.version(), "change", "", SYSTEM, o -> o.withActive(false));

        assertEquals(0, OccupationCatalogServiceImpl.seedIfEmpty(store, SYSTEM));
        assertEquals(1, store.entries.size());
    }

    @Test
    void aFreshInstallationCanCheckPathBOccupationsRightAfterActivation() {
        FakeStore store = new FakeStore();

        OccupationCatalogServiceImpl service = new OccupationCatalogServiceImpl(store);

        assertTrue(service.hasSeniorTechnicianStandard("车工"));
        assertTrue(service.hasSeniorTechnicianStandard("焊工"));
        assertFalse(service.hasSeniorTechnicianStandard("数控车工"));
        // A second activation (restart) finds the catalogue kept and adds nothing.
        int before = store.entries.size();
        new OccupationCatalogServiceImpl(store);
        assertEquals(before, store.entries.size());
    }

    @Test
    void anEntryAnotherNodeSeededFirstIsSkipped() {
        FakeStore store = new FakeStore();
        store.raceOn = "焊工";

        int added = OccupationCatalogServiceImpl.seedIfEmpty(store, SYSTEM);

        assertEquals(OccupationCatalogServiceImpl.readSeed().size() - 1, added);
        assertTrue(store.findByName("车工").isPresent());
    }

    /** A catalogue in memory that keeps names unique as the database does. */
    private static final class FakeStore implements OccupationStore {

        final Map<Long, OccupationRecord> entries = new LinkedHashMap<>();
        final List<AuditActor> actors = new ArrayList<>();
        String raceOn;

        @Override
        public OccupationRecord create(
                String code, String name, boolean hasSeniorTechnicianStandard, String basis, AuditActor actor) {
            if (name.equals(raceOn) || findByName(name).isPresent()) {
                throw new ConflictException(ConflictException.Kind.DUPLICATE, "目录中已有" + name, "already has " + name);
            }
            long id = entries.size() + 1L;
            OccupationRecord created =
                    new OccupationRecord(id, 0, code, name, hasSeniorTechnicianStandard, basis, true);
            entries.put(id, created);
            actors.add(actor);
            return created;
        }

        @Override
        public OccupationRecord update(
                long id,
                long expectedVersion,
                String action,
                String note,
                AuditActor actor,
                UnaryOperator<OccupationRecord> change) {
            OccupationRecord stored =
                    find(id).orElseThrow(() -> new NotFoundException("Occupation", Long.toString(id)));
            OccupationRecord changed = change.apply(stored);
            OccupationRecord kept = new OccupationRecord(
                    id,
                    stored.version() + 1,
                    stored.code(),
                    stored.name(),
                    changed.hasSeniorTechnicianStandard(),
                    changed.basis(),
                    changed.active());
            entries.put(id, kept);
            return kept;
        }

        @Override
        public Optional<OccupationRecord> findByName(String name) {
            return entries.values().stream().filter(o -> o.name().equals(name)).findFirst();
        }

        @Override
        public Optional<OccupationRecord> find(long id) {
            return Optional.ofNullable(entries.get(id));
        }

        @Override
        public Page<OccupationRecord> list(String nameContains, Boolean hasStandard, int offset, int limit) {
            List<OccupationRecord> matching = entries.values().stream()
                    .filter(o -> nameContains == null
                            || o.name().toLowerCase(Locale.ROOT).contains(nameContains.toLowerCase(Locale.ROOT)))
                    .filter(o -> hasStandard == null || o.hasSeniorTechnicianStandard() == hasStandard)
                    .toList();
            List<OccupationRecord> page =
                    matching.stream().skip(offset).limit(limit).toList();
            return new Page<>(page, matching.size(), offset, limit);
        }
    }
}
