package org.skilleval.core.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of the plugin state every node must have: a plugin feature, a plugin bundle installed
 * from a repository, or a plugin's configuration; present or absent. Uploaded plugins are not items:
 * their upload records already say whether they belong installed.
 *
 * @param id the record's id; 0 before it is stored
 * @param version the record's optimistic-lock version; 0 before it is stored
 * @param kind what the item is
 * @param name the feature's name, the bundle's location, or the configuration's PID
 * @param itemVersion the feature's or bundle's version; empty for a configuration
 * @param present whether every node must have it (false: no node may)
 * @param content a configuration's properties in Felix's typed configuration format; empty otherwise
 * @param changedBy the node (and operator, where known) whose change this is
 * @param changedAt when it was recorded
 */
public record PluginProvision(
        long id,
        long version,
        Kind kind,
        String name,
        String itemVersion,
        boolean present,
        String content,
        String changedBy,
        Instant changedAt) {

    /** The longest name, version and content the database keeps. */
    public static final int MAX_NAME = 480;

    public static final int MAX_ITEM_VERSION = 64;
    public static final int MAX_CONTENT = 16000;

    /** What an item is. */
    public enum Kind {
        /** A Karaf feature, installed with Karaf's FeaturesService from a repository the node knows. */
        FEATURE,
        /** A bundle installed from a location every node can read (a {@code mvn:} URL). */
        BUNDLE,
        /** A plugin's Config Admin configuration (a PID {@code org.skilleval.plugin.*}). */
        CONFIGURATION
    }

    public PluginProvision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        itemVersion = itemVersion == null ? "" : itemVersion;
        content = content == null ? "" : content;
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a provisioned item's name has 1 to " + MAX_NAME + " characters");
        }
        if (itemVersion.length() > MAX_ITEM_VERSION || content.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("a provisioned item's version or content is too long");
        }
    }

    /**
     * The item's identity: two versions of one feature are two items (they can run side by side),
     * a bundle is its location, a configuration its PID.
     */
    public String key() {
        return key(kind, name, itemVersion);
    }

    /** The identity of an item; see {@link #key()}. */
    public static String key(Kind kind, String name, String itemVersion) {
        return kind == Kind.FEATURE ? kind + ":" + name + "/" + itemVersion : kind + ":" + name;
    }

    /**
     * Whether {@code other} asks the same of the nodes: the same item, present or not, and with the
     * same content. A feature's version is part of its identity; a bundle's is what its location
     * holds, recorded for the reader.
     */
    public boolean sameStateAs(PluginProvision other) {
        return key().equals(other.key()) && present == other.present && (!present || content.equals(other.content));
    }
}
