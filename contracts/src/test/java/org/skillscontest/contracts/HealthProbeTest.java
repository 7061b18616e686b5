package org.skillscontest.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    @Test
    void upOnlyWhenTheHealthEndpointAnswers200() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/q/health/live", x -> {
            x.sendResponseHeaders(503, -1);
            x.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(HealthProbe.up(base + "/q/health/ready")).isTrue();
            assertThat(HealthProbe.up(base + "/q/health/live")).isFalse();
        } finally {
            server.stop(0);
        }
        assertThat(HealthProbe.up("http://127.0.0.1:" + server.getAddress().getPort() + "/q/health/ready")).isFalse();
    }
}
