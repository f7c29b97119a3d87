package org.skilleval.core.domain;

import java.time.Instant;

/**
 * The head of the audit chain at one moment, kept apart from the chain (in its own table and in
 * the log) so that a rewritten chain no longer matches it.
 *
 * @param seq the sequence number of the last chained event
 * @param hash that event's hash
 * @param anchoredAt when the anchor was taken
 */
public record AuditAnchor(long seq, String hash, Instant anchoredAt) {}
