/** Printable documents of the pilot scheme, rendered from what the lifecycle services let a caller see. */
@Export
@Version("1.1.0")
package org.skilleval.core.documents;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
