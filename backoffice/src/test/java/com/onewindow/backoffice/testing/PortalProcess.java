package com.onewindow.backoffice.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.Server;

/**
 * The portal as customers meet it: its real jar in its own JVM, on the same database as the
 * backoffice under test. That is how the two apps run in production (separate processes), so a
 * request submitted there must reach the backoffice through the database and its change feed. An
 * in-memory H2 of the test JVM is lent to the portal over H2's TCP server.
 */
public final class PortalProcess implements AutoCloseable {

  private static final Path JAR = Path.of("..", "portal", "target", "portal.jar");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Process process;
  private final Path log;
  private final int port;
  private final Server h2Server;

  private PortalProcess(Process process, Path log, int port, Server h2Server) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.h2Server = h2Server;
  }

  /**
   * Starts the portal on the database the backoffice test uses. Its schema and demo data are
   * already there; the portal must not load demo data again.
   */
  public static PortalProcess start(String datasourceUrl, String username, String password)
      throws IOException, SQLException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build the portal first");
    }
    Server h2Server = null;
    String url = datasourceUrl;
    if (datasourceUrl.startsWith("jdbc:h2:mem:")) {
      h2Server = Server.createTcpServer("-tcpPort", "0", "-tcpAllowOthers").start();
      url = "jdbc:h2:tcp://localhost:" + h2Server.getPort() + "/mem:" + datasourceUrl.substring(12);
    }
    int port = freePort();
    Path log = Files.createDirectories(Path.of("target", "portal-process")).resolve("portal.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-jar",
            JAR.toString(),
            "--server.port=" + port,
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + username,
            "--spring.datasource.password=" + password,
            "--onewindow.demo.enabled=false",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=3025",
            "--onewindow.mail.dispatch-initial-delay=PT24H"));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    var portal = new PortalProcess(process, log, port, h2Server);
    portal.awaitAnswer();
    return portal;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  private void awaitAnswer() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the portal stopped while starting; see " + log);
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() < 500) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("the portal did not answer in time; see " + log);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(
          Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    if (h2Server != null) {
      h2Server.stop();
    }
  }
}
