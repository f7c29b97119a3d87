package org.skilleval.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.skilleval.core.rules.ProposalEntryStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.Reason;

/**
 * A pilot enterprise's proposal list (特级技师建议人选名单) of one round, seed 二（五）（六）: the
 * enterprise reports it to the province and publicises it to all its employees; the province
 * publicises it too, on its website. Each publicity lasts at least 5 working days.
 *
 * <p>The province's publicity is what the public pages call a publicity ({@code 公示}); its id is
 * the list's id.
 *
 * @param id the list's id
 * @param version the optimistic-locking version
 * @param roundId the round
 * @param participationId the enterprise's participation in the round (one list each)
 * @param creditCode the enterprise (tenant key)
 * @param enterpriseName the enterprise's name
 * @param cityCode the enterprise's city
 * @param status where it stands
 * @param entries the candidates, in the order they were put on the list
 * @param enterpriseStart first day of the enterprise's publicity; {@code null} before submission
 * @param enterpriseEnd last day of the enterprise's publicity; {@code null} before submission
 * @param provinceStart first day of the province's publicity; {@code null} before publication
 * @param provinceEnd last day of the province's publicity; {@code null} before publication
 * @param shareWarning the warning computed at submission when many of the enterprise's 高级技师 are
 *     proposed; {@code null} when there is none (it never blocks)
 */
public record ProposalListRecord(
        long id,
        long version,
        long roundId,
        long participationId,
        String creditCode,
        String enterpriseName,
        String cityCode,
        ProposalListStatus status,
        List<ProposalEntry> entries,
        LocalDate enterpriseStart,
        LocalDate enterpriseEnd,
        LocalDate provinceStart,
        LocalDate provinceEnd,
        Reason shareWarning) {

    public ProposalListRecord {
        Objects.requireNonNull(status, "status");
        entries = List.copyOf(entries);
    }

    /** A copy with other candidates (drafts only). */
    public ProposalListRecord withEntries(List<ProposalEntry> newEntries) {
        return new ProposalListRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                enterpriseName,
                cityCode,
                status,
                newEntries,
                enterpriseStart,
                enterpriseEnd,
                provinceStart,
                provinceEnd,
                shareWarning);
    }

    /** A copy reported to the province, with the enterprise's publicity window and the warning. */
    public ProposalListRecord submitted(LocalDate start, LocalDate end, Reason warning) {
        return new ProposalListRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                enterpriseName,
                cityCode,
                ProposalListStatus.SUBMITTED,
                entries,
                start,
                end,
                provinceStart,
                provinceEnd,
                warning);
    }

    /** A copy publicised by the province in this window. */
    public ProposalListRecord published(LocalDate start, LocalDate end) {
        return new ProposalListRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                enterpriseName,
                cityCode,
                ProposalListStatus.PUBLISHED,
                entries,
                enterpriseStart,
                enterpriseEnd,
                start,
                end,
                shareWarning);
    }

    /** A copy in another status. */
    public ProposalListRecord withStatus(ProposalListStatus newStatus) {
        return new ProposalListRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                enterpriseName,
                cityCode,
                newStatus,
                entries,
                enterpriseStart,
                enterpriseEnd,
                provinceStart,
                provinceEnd,
                shareWarning);
    }

    /** A copy with one entry (same id) replaced. */
    public ProposalListRecord withEntry(ProposalEntry changed) {
        return withEntries(entries.stream()
                .map(entry -> entry.id() == changed.id() ? changed : entry)
                .toList());
    }

    /** @return the candidates still on the list */
    public List<ProposalEntry> listedEntries() {
        return entries.stream().filter(ProposalEntry::listed).toList();
    }

    /**
     * The candidates a publicity shows: those still on the list and those who received their
     * certificate; never the ones removed by an upheld objection or cancelled by a sanction.
     *
     * @return the candidates in the order they were put on the list
     */
    public List<ProposalEntry> publicisedEntries() {
        return entries.stream()
                .filter(e -> e.status() == ProposalEntryStatus.LISTED || e.status() == ProposalEntryStatus.CERTIFIED)
                .toList();
    }
}
