package org.skilleval.core.shell.internal;

import org.apache.karaf.shell.support.ShellUtil;
import org.skilleval.core.lifecycle.CityExtension;

/** Who acts in the shell, and how a change is reported back to them. */
final class Operator {

    /** The name audited when the shell session has no JAAS user (e.g. a script run at boot). */
    static final String UNKNOWN = "karaf-shell";

    private Operator() {}

    /** The JAAS user of the shell session; changes are audited under this name with role operator. */
    static String current() {
        String user = ShellUtil.getCurrentUserName();
        return user == null || user.isBlank() ? UNKNOWN : user;
    }

    static String describe(CityExtension e) {
        return e.pluginId() + " is " + (e.enabled() ? "ENABLED" : "DISABLED") + " for city " + e.cityCode()
                + (e.installed() ? "" : " (no version of it is installed now)") + "; changed by " + e.changedBy()
                + " at " + e.changedAt();
    }
}
