package org.skilleval.core.rest.internal;

/**
 * A JAX-RS resource that is a DS component of its own, registered as a service of this type: the
 * one application ({@link ApiServlet}) collects every such service. The component references only
 * the services its paths need, so when one of them goes away only those paths answer 503
 * {@code service-unavailable}. Adding an endpoint means adding such a component, nothing else.
 */
public interface ApiResource {}
