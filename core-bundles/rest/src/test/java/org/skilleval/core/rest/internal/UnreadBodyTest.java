package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/** A refused request's body is read to its end, so that the client reads its answer. */
class UnreadBodyTest {

    private final ServletRequest request = mock(ServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @Test
    void theRestOfARefusedBodyIsReadToItsEnd() throws IOException {
        Body body = new Body(new byte[300_000]);
        when(request.getInputStream()).thenReturn(body);
        when(response.getStatus()).thenReturn(400);

        UnreadBody.discardIfRefused(request, response);

        assertEquals(-1, body.read());
    }

    @Test
    void anAnsweredRequestsBodyIsLeftAlone() {
        when(response.getStatus()).thenReturn(200);

        UnreadBody.discardIfRefused(request, response);

        verify(response).getStatus();
        verifyNoInteractions(request);
    }

    @Test
    void noMoreThanTheBoundIsRead() throws IOException {
        Body body = new Body(new byte[100_000]);

        assertEquals(40_000, UnreadBody.discard(body, 40_000));
        assertEquals(60_000, body.available());
    }

    private static final class Body extends ServletInputStream {
        private final ByteArrayInputStream bytes;

        Body(byte[] content) {
            this.bytes = new ByteArrayInputStream(content);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public int available() {
            return bytes.available();
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
