package org.skilleval.core.domain;

/**
 * How many objections a proposal list received, by status.
 *
 * @param open not yet resolved
 * @param upheld upheld (candidate removed)
 * @param dismissed dismissed
 */
public record ObjectionCounts(long open, long upheld, long dismissed) {

    /** No objection at all. */
    public static final ObjectionCounts NONE = new ObjectionCounts(0, 0, 0);

    /** @return all objections */
    public long total() {
        return open + upheld + dismissed;
    }
}
