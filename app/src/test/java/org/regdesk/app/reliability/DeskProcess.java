package org.regdesk.app.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The desk's repackaged jar running as a child process, as an operator runs it: its own JVM, a data
 * directory, a database (an H2 file in that directory, or a PostgreSQL schema), demo mode off. It
 * can be stopped politely, or killed as {@code kill -9} kills it, and started again on the same
 * database.
 */
final class DeskProcess implements AutoCloseable {

  private final String name;
  private final DeskDatabase database;
  private final Path dataDir;
  private final Map<String, String> settings;
  private final int port;
  private final Path log;
  private Process process;

  private DeskProcess(
      String name, DeskDatabase database, Path dataDir, Map<String, String> settings, Path log) {
    this.name = name;
    this.database = database;
    this.dataDir = dataDir;
    this.settings = settings;
    this.port = freePort();
    this.log = log;
  }

  /**
   * Starts a desk and waits (bounded) until it answers.
   *
   * @param name a name for its log file
   * @param database its database
   * @param dataDir its data directory (secret key, H2 file); shared by desks of one installation
   * @param settings extra {@code regdesk.*}/Spring settings
   * @return the running desk
   */
  static DeskProcess start(
      String name, DeskDatabase database, Path dataDir, Map<String, String> settings) {
    DeskProcess desk =
        new DeskProcess(name, database, dataDir, settings, dataDir.resolve(name + ".log"));
    desk.launch();
    return desk;
  }

  /** The jar {@code mvn package} built: failsafe passes its path; by hand, found in target/. */
  static Path jar() {
    String given = System.getProperty("regdesk.app.jar");
    if (given != null && Files.isRegularFile(Path.of(given))) {
      return Path.of(given);
    }
    for (Path dir : List.of(Path.of("target"), Path.of("app/target"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          var jar =
              files
                  .filter(p -> p.getFileName().toString().matches("app-.*\\.jar"))
                  .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                  .findFirst();
          if (jar.isPresent()) {
            return jar.get();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException(
        "the desk's jar is not built: run ./mvnw -pl app -am package -DskipTests first");
  }

  /**
   * System property: start desks with the JVM's defaults, as {@code ./regdesk start} does (full
   * JIT, default collector and heap), for benchmarks; tests leave it unset.
   */
  static final String PRODUCTION_JVM = "regdesk.desk.production-jvm";

  /**
   * System property: more JVM options for the desks, e.g. a flight recording when profiling; {@code
   * {desk}} stands for a name unique to each desk process.
   */
  static final String JVM_OPTIONS = "regdesk.desk.jvm-options";

  /** System property: how many CPUs each desk may use (a cgroup quota), e.g. {@code 0.5}. */
  static final String CPU_QUOTA = "regdesk.desk.cpu-quota";

  /** The cgroup holding this desk to {@link #CPU_QUOTA}, removed when it stops. */
  private Path cpuGroup;

  private void launch() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!Boolean.getBoolean(PRODUCTION_JVM)) {
      // tests restart desks often: start fast and small rather than run fast
      command.add("-Xmx512m");
      command.add("-XX:+UseSerialGC");
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-Xshare:auto");
    }
    command.add("-Dsun.net.httpserver.nodelay=true");
    String extra =
        System.getProperty(JVM_OPTIONS, "")
            .replace("{desk}", name + "-" + System.currentTimeMillis())
            .strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.add("--regdesk.data-dir=" + dataDir.toAbsolutePath());
    database.settings().forEach((k, v) -> command.add("--" + k + "=" + v));
    settings.forEach((k, v) -> command.add("--" + k + "=" + v));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("REGDESK_SANDBOX_ENABLED", "false");
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the desk", e);
    }
    awaitHealthy(Duration.ofSeconds(180));
    limitCpu();
  }

  /**
   * With {@value #CPU_QUOTA} set (e.g. {@code 0.5}), holds the desk to that many CPUs through a
   * cgroup (v1 {@code cpu} controller) once it is up: benchmarks give each desk the same budget, as
   * instances on machines of their own would have, on a box too small to give each its own cores.
   */
  private void limitCpu() {
    String quota = System.getProperty(CPU_QUOTA, "").strip();
    if (quota.isEmpty()) {
      return;
    }
    long periodMicros = 100_000;
    long quotaMicros = Math.round(Double.parseDouble(quota) * periodMicros);
    Path group = Path.of("/sys/fs/cgroup/cpu", "regdesk-" + name + "-" + process.pid());
    try {
      Files.createDirectories(group);
      Files.writeString(group.resolve("cpu.cfs_period_us"), Long.toString(periodMicros));
      Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(quotaMicros));
      Files.writeString(group.resolve("cgroup.procs"), Long.toString(process.pid()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hold the desk to " + quota + " CPUs at " + group, e);
    }
    cpuGroup = group;
  }

  private void awaitHealthy(Duration limit) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(uri().resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the desk " + name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
    }
    throw new IllegalStateException(
        "the desk " + name + " did not start in " + limit + ":\n" + tail());
  }

  /**
   * Where it listens.
   *
   * @return e.g. {@code http://127.0.0.1:41234/}
   */
  URI uri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Kills the process at once, as {@code kill -9} does: no shutdown hook, no graceful stop. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** Starts the same desk again (same port, data directory and database). */
  void restart() {
    if (process.isAlive()) {
      throw new IllegalStateException("still running");
    }
    launch();
  }

  /**
   * The last lines of its log, for failure messages.
   *
   * @return up to 60 lines
   */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops it politely (SIGTERM), as an operator would. */
  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitForExit();
    }
    if (cpuGroup != null) {
      try {
        Files.deleteIfExists(cpuGroup);
      } catch (IOException stillBusy) {
        // an empty cgroup left behind costs nothing
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
