/**
 * The rules of the Jiangsu 特级技师 pilot scheme, as pure functions of their inputs: no I/O, no
 * clock, no database. The lifecycle services and the REST layer call them; every rule has its own
 * unit tests.
 */
@Export
@Version("1.4.0")
package org.skilleval.core.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
