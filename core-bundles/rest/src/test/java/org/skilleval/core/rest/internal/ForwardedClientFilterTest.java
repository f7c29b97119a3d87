package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class ForwardedClientFilterTest {

    private static final String PROXY = "127.0.0.1";

    @Test
    void behindTheTrustedProxyTheClientIsTheAddressTheProxyAppended() throws Exception {
        ForwardedClientFilter filter = new ForwardedClientFilter(trusting(PROXY));

        assertEquals("203.0.113.9", seenBehind(filter, PROXY, "203.0.113.9"));
        // a client that sends its own header cannot choose its address: the proxy appends the real one
        assertEquals("203.0.113.9", seenBehind(filter, PROXY, "198.51.100.1, 10.0.0.7,203.0.113.9"));
        // HAProxy's option forwardfor adds a line of its own after the client's
        assertEquals("203.0.113.9", seenBehind(filter, PROXY, "198.51.100.1", "203.0.113.9"));
    }

    @Test
    void aRequestFromAnyOtherAddressKeepsItsOwnWhateverItSends() throws Exception {
        ForwardedClientFilter filter = new ForwardedClientFilter(trusting(PROXY));

        assertEquals("192.0.2.5", seenBehind(filter, "192.0.2.5", "203.0.113.9"));
        assertEquals(PROXY, seenBehind(filter, PROXY));
        assertEquals(PROXY, seenBehind(filter, PROXY, " "));
    }

    @Test
    void withoutConfiguredProxiesNoHeaderIsBelievedAndAChangeTakesEffectAtOnce() throws Exception {
        ForwardedClientFilter filter = new ForwardedClientFilter(trusting());
        assertEquals(PROXY, seenBehind(filter, PROXY, "203.0.113.9"));

        filter.modified(trusting(PROXY));

        assertEquals("203.0.113.9", seenBehind(filter, PROXY, "203.0.113.9"));
    }

    @Test
    void aRequestWithNothingToChangeIsPassedOnAsItCame() throws Exception {
        ForwardedClientFilter filter = new ForwardedClientFilter(trusting(PROXY));
        HttpServletRequest request = request("192.0.2.5", "203.0.113.9");
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        filter.doFilter(request, mock(ServletResponse.class), (req, res) -> passed.set(req));

        assertSame(request, passed.get());
    }

    /** The remote address the API sees behind the filter. */
    private static String seenBehind(ForwardedClientFilter filter, String remote, String... forwardedFor)
            throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(
                request(remote, forwardedFor),
                mock(ServletResponse.class),
                (req, res) -> seen.set(req.getRemoteAddr()));
        return seen.get();
    }

    /** A request from {@code remote} with one {@code X-Forwarded-For} line per value ({@code null}: none). */
    private static HttpServletRequest request(String remote, String... forwardedFor) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn(remote);
        List<String> lines = forwardedFor == null
                ? List.of()
                : Arrays.stream(forwardedFor).filter(Objects::nonNull).toList();
        when(request.getHeaders(ForwardedClientFilter.HEADER)).thenAnswer(i -> Collections.enumeration(lines));
        return request;
    }

    private static ForwardedClientFilter.Configuration trusting(String... proxies) {
        return new ForwardedClientFilter.Configuration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ForwardedClientFilter.Configuration.class;
            }

            @Override
            public String[] trustedProxies() {
                return proxies;
            }
        };
    }
}
