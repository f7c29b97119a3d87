/**
 * The accounts the programme administers itself: each level creates, resets and disables the
 * accounts below it (province → province and cities, city → HR of its enterprises and experts of
 * its pool, HR → its employees), the expert pool (专家库), one-time passwords and own password
 * changes. Sign-in, throttling and token revocation plug into {@code org.skilleval.core.security}.
 */
@Export
@Version("1.2.0")
package org.skilleval.core.accounts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
