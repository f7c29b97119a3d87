package org.skilleval.core.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

/**
 * Reads and discards what a client still sends of a body the API refused before reading it all: a
 * body too deep or too large, a request without the right role. Jetty closes a connection whose
 * request was not read to its end, and a client still writing then sees a reset instead of the
 * answer it was given; read to its end, the client reads its 4xx and the connection stays open.
 */
final class UnreadBody {

    /** Beyond this much unread, the connection is closed instead: a client that sends it is not one to wait for. */
    static final long MOST_DISCARDED = 4 * ObjectMapperProvider.MAX_BODY_BYTES;

    private UnreadBody() {}

    static void discardIfRefused(ServletRequest request, ServletResponse response) {
        if (!(response instanceof HttpServletResponse http) || http.getStatus() < 400) {
            return;
        }
        try {
            discard(request.getInputStream(), MOST_DISCARDED);
        } catch (IOException | IllegalStateException unreadable) {
            // The client went away, or the body was read as characters and is therefore consumed.
        }
    }

    /** @return how many bytes were discarded */
    static long discard(InputStream body, long most) throws IOException {
        byte[] buffer = new byte[8192];
        long discarded = 0;
        while (discarded < most) {
            int read = body.read(buffer, 0, (int) Math.min(buffer.length, most - discarded));
            if (read < 0) {
                break;
            }
            discarded += read;
        }
        return discarded;
    }
}
