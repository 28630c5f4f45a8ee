package nl.wegwijs.portal.measure;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * The production jar as an operator runs it, in its own JVM with its own data directory and Tomcat's
 * MBeans switched on (so the session count can be read), stopped with SIGTERM so the embedded
 * PostgreSQL shuts down too.
 */
final class ProductionApp implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    final int port;

    private ProductionApp(Process process, Path dataDir, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
    }

    static ProductionApp start(Path jar, Path log, List<String> extraArgs) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory("wegwijs-measure-");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "-Xmx1g",
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--wegwijs.data-dir=" + dataDir,
                "--server.tomcat.mbeanregistry.enabled=true"));
        command.addAll(extraArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProductionApp app = new ProductionApp(process, dataDir, port);
        try {
            app.awaitHealthy(Duration.ofMinutes(Long.getLong("wegwijs.measure.start-minutes", 20)));
        } catch (Exception e) {
            app.close();
            throw e;
        }
        return app;
    }

    long pid() {
        return process.pid();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitHealthy(Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < end) {
                if (!process.isAlive()) throw new IllegalStateException("the application stopped during start-up");
                try {
                    var health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.body().contains("\"UP\"")) return;
                } catch (IOException notYet) {
                    // Tomcat is not listening yet.
                }
                Thread.sleep(1000);
            }
        }
        throw new IllegalStateException("not healthy within " + limit);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        FileSystemUtils.deleteRecursively(dataDir);
    }
}
