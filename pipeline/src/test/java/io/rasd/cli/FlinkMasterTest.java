package io.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FlinkMasterTest {
  @Test
  void onlyARemoteFlinkMasterIsChecked() {
    assertThat(FlinkMaster.remoteAddress(new String[] {"--runner=FlinkRunner", "--flinkMaster=jm.example:8081"}))
        .contains("jm.example:8081");
    assertThat(FlinkMaster.remoteAddress(new String[] {"--runner=FlinkRunner", "--flinkMaster=[local]"})).isEmpty();
    assertThat(FlinkMaster.remoteAddress(new String[] {"--runner=FlinkRunner"})).isEmpty();
    assertThat(FlinkMaster.remoteAddress(new String[] {"--runner=DirectRunner", "--flinkMaster=jm:8081"})).isEmpty();
    assertThat(FlinkMaster.remoteAddress(
        new String[] {"--flinkMaster=a:1", "--runner=org.apache.beam.runners.flink.FlinkRunner", "--flinkMaster=b:2"}))
        .contains("b:2");
  }

  @Test
  void aPortNobodyListensOnIsAClearError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: connections are refused
    }
    String master = "localhost:" + port;
    assertThatThrownBy(() -> FlinkMaster.checkReachable(master))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no Flink cluster answers at --flinkMaster=" + master)
        .hasMessageContaining("ConnectException");
  }

  @Test
  void aFlinkRestEndpointIsAcceptedAndAnotherWebServerIsAClearError() throws Exception {
    HttpServer flink = serve("{\"taskmanagers\":1,\"slots-total\":2,\"flink-version\":\"1.19.0\"}");
    HttpServer other = serve("<html>it works</html>");
    try {
      String master = "localhost:" + flink.getAddress().getPort();
      FlinkMaster.checkReachable(master);
      FlinkMaster.checkReachable("http://" + master + "/");
      String notFlink = "localhost:" + other.getAddress().getPort();
      assertThatThrownBy(() -> FlinkMaster.checkReachable(notFlink))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HTTP 200, not a Flink REST endpoint");
    } finally {
      flink.stop(0);
      other.stop(0);
    }
  }

  /** A local web server answering {@code body} on {@code /overview}. */
  private static HttpServer serve(String body) throws java.io.IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext("/overview", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }
}
