package org.skilleval.core.provisioning.internal;

import org.skilleval.core.persistence.PluginProvision;

/** This node's container as provisioning needs it; a seam for tests. */
interface Node {

    /** What the node has now. */
    NodeState snapshot() throws Exception;

    /** Installs, configures or removes the item as it says; never refreshes any other bundle. */
    void apply(PluginProvision item) throws Exception;

    /** Installs and starts an approved upload's bundle at its location. */
    void installUpload(String location, byte[] jar) throws Exception;

    /** Uninstalls the bundle at the location, if there is one. */
    void uninstall(String location) throws Exception;
}
