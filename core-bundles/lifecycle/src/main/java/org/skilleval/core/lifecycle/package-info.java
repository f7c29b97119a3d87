/** The lifecycle services of the pilot scheme; every transition is guarded and audited. */
@Export
@Version("3.0.0")
package org.skilleval.core.lifecycle;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
