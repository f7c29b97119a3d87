/**
 * Entities and JPA repositories; never exported. Aries JPA finds the persistence unit through the
 * {@code Meta-Persistence} header and registers its {@code EntityManagerFactory}.
 */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
package org.skilleval.core.persistence.internal;

import org.osgi.annotation.bundle.Header;
