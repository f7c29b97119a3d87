package org.skilleval.core.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/**
 * Names the node that answered in {@value #HEADER}: behind a load balancer an operator (and the
 * two-node tests) can see which node served a request. The name is Karaf's own instance name,
 * {@code karaf.name} in {@code etc/system.properties}, set differently on each node.
 */
class NodeNameFilter implements ContainerResponseFilter {

    static final String HEADER = "X-SkillEval-Node";

    private final String nodeName;

    NodeNameFilter(String nodeName) {
        this.nodeName = nodeName;
    }

    static NodeNameFilter ofThisInstance() {
        return new NodeNameFilter(System.getProperty("karaf.name", "root"));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, nodeName);
    }
}
