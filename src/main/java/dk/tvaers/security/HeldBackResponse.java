package dk.tvaers.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The response, with an error's body held back (from the status {@code threshold} on) so that a filter can answer it
 * anew: {@link EngineErrorFilter} every error of the engine's API, {@link DatabaseOutageFilter} a server error while
 * the database is away.
 */
final class HeldBackResponse extends HttpServletResponseWrapper {
    private int status = 200;
    private boolean sentError;
    private String sentMessage;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    private final int threshold;

    HeldBackResponse(HttpServletResponse response, int threshold) {
        super(response);
        this.threshold = threshold;
    }

    boolean error() {
        return status >= threshold && (sentError || buffer.size() > 0 || status >= 500);
    }

    /** Passes a held-back error on as it was given: the container's error page, or the status and body. */
    void release() throws IOException {
        if (status < threshold) {
            return;
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        byte[] body = body();
        if (sentError && body.length == 0) {
            response.sendError(status, sentMessage);
            return;
        }
        response.setStatus(status);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    int status() {
        return status;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    String message() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private boolean capturing() {
        return status >= threshold;
    }

    /**
     * The status as given, a held-back error's too: a filter inside (the API's {@code ApiWriteFilter}) must not take a
     * held-back server error for the container's default 200 and keep it as an idempotent write's first answer.
     */
    @Override
    public int getStatus() {
        return capturing() ? status : super.getStatus();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        if (sc < threshold) {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc) {
        status = sc;
        sentError = true;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        sentError = true;
        sentMessage = msg;
    }

    @Override
    public void setContentLength(int len) {
        if (!capturing()) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!capturing()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!(capturing() && "Content-Length".equalsIgnoreCase(name))) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!capturing()) {
            super.flushBuffer();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!capturing()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!capturing()) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }
}
