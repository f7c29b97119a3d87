package org.skilleval.core.domain;

import java.util.Objects;
import org.skilleval.core.rules.ProposalEntryLifecycle;
import org.skilleval.core.rules.ProposalEntryStatus;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;

/**
 * One candidate on a proposal list. The name, gender and occupation are copied from the
 * application when the candidate is put on the list, so that what was publicised stays as it was.
 *
 * @param id the entry's id ({@code 0} before it is stored); objections name it
 * @param applicationId the candidate's application
 * @param name the candidate's name
 * @param gender {@code 男} or {@code 女} as the ID number says; {@code null} when unknown
 * @param occupation the occupation (职业/工种) applied for
 * @param maskedIdNumber the ID number masked (first 4 and last 2 characters), never in full
 * @param status whether the candidate is still on the list
 * @param note why the candidate left the list; empty while listed
 */
public record ProposalEntry(
        long id,
        long applicationId,
        String name,
        String gender,
        String occupation,
        String maskedIdNumber,
        ProposalEntryStatus status,
        String note) {

    public ProposalEntry {
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /**
     * A new entry (id {@code 0}) for an application: its name, occupation, the gender its ID
     * number gives, and the ID number masked.
     */
    public static ProposalEntry of(ApplicationRecord application) {
        String idNumber = application.form().idNumber();
        return new ProposalEntry(
                0,
                application.id(),
                application.form().name(),
                gender(idNumber),
                application.form().appliedOccupation(),
                ResidentIdNumber.mask(idNumber),
                ProposalEntryLifecycle.LIST.to(),
                "");
    }

    private static String gender(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        try {
            return new ResidentIdNumber(idNumber).isMale() ? "男" : "女";
        } catch (RuleViolationException malformed) {
            return null;
        }
    }

    /** A copy in another status, with why. */
    public ProposalEntry withStatus(ProposalEntryStatus newStatus, String why) {
        return new ProposalEntry(id, applicationId, name, gender, occupation, maskedIdNumber, newStatus, why);
    }

    /** @return whether the candidate is on the list */
    public boolean listed() {
        return status == ProposalEntryStatus.LISTED;
    }
}
