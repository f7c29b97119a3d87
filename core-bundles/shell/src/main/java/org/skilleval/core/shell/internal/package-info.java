/** Karaf finds the commands of this package through the {@code Karaf-Commands} header. */
@Header(name = "Karaf-Commands", value = "org.skilleval.core.shell.internal")
package org.skilleval.core.shell.internal;

import org.osgi.annotation.bundle.Header;
