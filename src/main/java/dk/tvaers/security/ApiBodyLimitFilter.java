package dk.tvaers.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body to Tværs's API larger than the limit: 413 with a problem before anything is read when the
 * request declares its length, and a read error (400) once a body without a declared length passes the limit. Also
 * refuses, with 415, a body of a content type that no endpoint reads and that Spring would fail on with a 500: a
 * wildcard ({@code *}{@code /*}, {@code application/*}) or multipart (parsed before any endpoint is chosen).
 */
public class ApiBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private static final ObjectMapper JSON = new ObjectMapper();

    public ApiBodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "body-too-large",
                    "For stor anmodning",
                    "Anmodningen må højst fylde " + limit / 1024 + " KB",
                    "body");
            return;
        }
        if (unreadable(request)) {
            refuse(
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Indholdstypen understøttes ikke",
                    "Anmodningen skal sendes som JSON (Content-Type: application/json)",
                    "Content-Type");
            return;
        }
        chain.doFilter(declared < 0 ? new Limited(request, limit) : request, response);
    }

    /**
     * A multipart request (Spring parses it before choosing an endpoint), or a write whose body is declared as a
     * wildcard type (Spring asserts on it when it reads the body, even an empty one).
     */
    private static boolean unreadable(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return false; // Spring answers that one itself (415)
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return "multipart".equalsIgnoreCase(type.getType())
                || !read && (type.isWildcardType() || type.isWildcardSubtype());
    }

    /** A Danish problem (application/problem+json) naming the field at fault; the filters of /api share it. */
    static void refuse(HttpServletResponse response, int status, String type, String title, String detail, String field)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:tvaers:problem:" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("field", field);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding == null ? "UTF-8" : encoding));
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("Request body larger than " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
