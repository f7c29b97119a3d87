package org.skilleval.core.persistence;

/**
 * Decides, inside the recommending transaction, whether one more enterprise of a city may join a
 * round. The store calls it with counts read under a lock on the round, so two recommendations of
 * the same round can never both take the city's last place.
 */
@FunctionalInterface
public interface QuotaGate {

    /**
     * @param alreadyCounted the city's participations in the round that use a place (recommended or accepted)
     * @param overridesGranted how many extra places the province granted the city in the round
     * @return whether the new participation uses a place
     * @throws RuntimeException to refuse the recommendation; nothing is written
     */
    boolean countsAgainstQuota(int alreadyCounted, int overridesGranted);
}
