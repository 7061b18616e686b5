package org.skillscontest.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * The body limits on a real server, spoken to over a plain socket so that the test decides what is sent
 * and when: the platform's default (16 KiB) for {@code /probe/small}, the test's {@code bulk} family
 * (64 KiB) for {@code /probe/bulk/{batch}/rows}.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class BodyLimitRoutesTest {

    private static final int SMALL = 16 * 1024;
    private static final int BULK = 64 * 1024;

    @TestHTTPResource("/")
    URL server;

    @Test
    void aBodyAtItsFamilysLimitIsRead() throws IOException {
        int before = ProbeResource.REACHED.get();
        assertThat(exchange("/probe/small", json(SMALL), false).status).isEqualTo(200);
        assertThat(exchange("/probe/bulk/b1/rows", json(BULK), false).status).isEqualTo(200);
        assertThat(exchange("/probe/bulk/b1/rows", json(BULK), true).status).isEqualTo(200);
        assertThat(ProbeResource.REACHED.get()).isEqualTo(before + 3);
    }

    @Test
    void oneByteOverIsRefusedWith413ProblemNamingTheBody() throws IOException {
        int before = ProbeResource.REACHED.get();
        for (String path : new String[] {"/probe/small", "/probe/bulk/b1/rows"}) {
            int limit = path.equals("/probe/small") ? SMALL : BULK;
            Answer answer = exchange(path, json(limit + 1), false);
            assertThat(answer.status).as(path).isEqualTo(413);
            assertThat(answer.headers.get("content-type")).isEqualTo("application/problem+json");
            JsonNode problem = answer.json();
            assertThat(problem.get("status").asInt()).isEqualTo(413);
            assertThat(problem.get("title").asText()).isEqualTo("Payload too large");
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
            assertThat(problem.get("detail").asText()).contains(String.valueOf(limit), String.valueOf(limit + 1));
        }
        assertThat(ProbeResource.REACHED.get()).isEqualTo(before);
    }

    @Test
    void theAnswerComesBeforeTheBodyIsSent() throws IOException {
        // only the headers go out, declaring 1 GiB: the 413 arrives without a byte of the body
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/probe/small", "Content-Length: " + (1L << 30)));
            out.flush();
            Answer answer = Answer.read(socket.getInputStream());
            assertThat(answer.status).isEqualTo(413);
            assertThat(answer.headers.get("connection")).isEqualTo("close");
        }
    }

    @Test
    void aChunkedBodyIsCutOffAtItsFamilysLimit() throws IOException {
        int before = ProbeResource.REACHED.get();
        Answer answer = exchange("/probe/small", json(SMALL + 1), true);
        assertThat(answer.status).isEqualTo(413);
        assertThat(ProbeResource.REACHED.get()).isEqualTo(before);
    }

    @Test
    void theHeapDoesNotGrowWithTheSizeOfWhatIsRefused() throws IOException {
        long sent = 0;
        long heapBefore = heapAfterCollection();
        // twenty refused bodies of 8 MiB each: declared (answered at once, the rest dropped) and chunked (cut off at 16 KiB)
        for (int i = 0; i < 10; i++) {
            sent += stream("/probe/small", 8 << 20, false);
            sent += stream("/probe/small", 8 << 20, true);
        }
        long grown = heapAfterCollection() - heapBefore;
        assertThat(sent).as("bytes the client got to send").isGreaterThan(80L << 20);
        // kept bodies would show as 80–160 MiB; the bound leaves room for what the JVM's other threads (the
        // Kafka consumers of the tests beside this one) allocate meanwhile, which made 13 MiB once under load
        assertThat(grown).as("heap grown while %d bytes were refused", sent).isLessThan(sent / 8);
    }

    /**
     * The heap in use once the collector has run (the test's JVM is the server's): the least of a few
     * readings, so that what another thread allocates just then does not count.
     */
    private static long heapAfterCollection() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return least;
    }

    /** Sends {@code total} bytes of JSON whitespace from one reused buffer; returns how many went out before the server stopped it. */
    private long stream(String path, long total, boolean chunked) throws IOException {
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        long written = 0;
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(path, chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + total));
            byte[] chunkHead = (Integer.toHexString(spaces.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                while (written < total) {
                    if (chunked) {
                        out.write(chunkHead);
                    }
                    out.write(spaces);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    written += spaces.length;
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                assertThat(Answer.read(socket.getInputStream()).status).isEqualTo(413);
            } catch (IOException cutOff) {
                // the server answered and closed while this was still sending: refused all the same
            }
        }
        return written;
    }

    private Answer exchange(String path, byte[] body, boolean chunked) throws IOException {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            if (chunked) {
                out.write(head(path, "Transfer-Encoding: chunked"));
                for (int from = 0; from < body.length; from += 4096) {
                    int n = Math.min(4096, body.length - from);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, from, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(head(path, "Content-Length: " + body.length));
                out.write(body);
            }
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    private Socket socket() throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private byte[] head(String path, String length) {
        return ("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nContent-Type: application/json\r\n"
                + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A JSON object of exactly {@code size} bytes. */
    private static byte[] json(int size) {
        return ("{\"a\":\"" + "x".repeat(size - 8) + "\"}").getBytes(StandardCharsets.US_ASCII);
    }

    /** An HTTP/1.1 answer: status, headers (lower case), body by Content-Length or chunked. */
    private record Answer(int status, Map<String, String> headers, byte[] body) {

        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body);
        }

        static Answer read(InputStream in) throws IOException {
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else if ("chunked".equals(headers.get("transfer-encoding"))) {
                for (int n = Integer.parseInt(line(in), 16); n > 0; n = Integer.parseInt(line(in), 16)) {
                    body.write(in.readNBytes(n));
                    line(in);
                }
            }
            return new Answer(status, headers, body.toByteArray());
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
