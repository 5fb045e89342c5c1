package org.regdesk.dondominio.sandbox;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code --state} file: the engine's exported state plus how far the sandbox clock was moved,
 * as one JSON object. Written atomically (a temporary file in the same directory, then a rename),
 * so a crash mid-save leaves the previous state intact.
 */
public final class StateFile {
  static final String FORMAT = "regdesk-dondominio-sandbox-state";
  static final int FORMAT_VERSION = 1;

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final Path path;

  public StateFile(Path path) {
    this.path = Objects.requireNonNull(path, "path").toAbsolutePath();
  }

  /** What a state file holds. */
  public record Snapshot(JsonNode engineState, Duration clockOffset) {
    public Snapshot {
      Objects.requireNonNull(engineState, "engineState");
      Objects.requireNonNull(clockOffset, "clockOffset");
    }
  }

  public Path path() {
    return path;
  }

  public boolean exists() {
    return Files.exists(path);
  }

  /**
   * Reads the file.
   *
   * @throws StateFileException when it cannot be read or is not a sandbox state
   */
  public Snapshot load() {
    if (Files.isDirectory(path)) {
      throw unusable("is a directory");
    }
    JsonNode tree;
    try (InputStream in = Files.newInputStream(path)) {
      tree = JSON.readTree(in);
    } catch (AccessDeniedException e) {
      throw unusable("permission denied");
    } catch (IOException e) {
      throw unusable("cannot be read (" + e.getClass().getSimpleName() + ")");
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw unusable(
          "is not valid JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
    if (tree == null || tree.isMissingNode()) {
      throw unusable("is empty");
    }
    if (!tree.isObject() || !FORMAT.equals(tree.path("format").asString(""))) {
      throw unusable("is not a sandbox state file (no \"format\": \"" + FORMAT + "\")");
    }
    if (tree.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
      throw unusable(
          "has state format version "
              + tree.path("formatVersion")
              + "; this sandbox reads version "
              + FORMAT_VERSION);
    }
    JsonNode engine = tree.path("engine");
    if (!engine.isObject()) {
      throw unusable("has no engine state");
    }
    Duration offset;
    try {
      offset = Duration.parse(tree.path("clockOffset").asString("PT0S"));
    } catch (DateTimeParseException e) {
      throw unusable("has a clockOffset that is not an ISO-8601 duration");
    }
    if (offset.isNegative()) {
      throw unusable("has a negative clockOffset");
    }
    return new Snapshot(engine, offset);
  }

  /**
   * Writes the engine's state as one JSON object to a stream it must not close ({@code
   * SandboxEngine::writeState}).
   */
  @FunctionalInterface
  public interface EngineState {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Replaces the file's content atomically with a snapshot held in memory. */
  public void save(Snapshot snapshot) throws IOException {
    save(out -> JSON.writeValue(out, snapshot.engineState()), snapshot::clockOffset);
  }

  /**
   * Replaces the file's content atomically, streaming the engine's state into it (a sandbox of
   * 100,000 domains would need about 110 MB as a tree, but writes 34 MB of JSON straight through).
   *
   * @param clockOffset read after the engine's state is written, so that a clock moved in between
   *     is saved at or ahead of the state, never behind it: the restored sandbox then replays the
   *     transitions that fell due, instead of holding transitions that lie in its future
   */
  public void save(EngineState engine, Supplier<Duration> clockOffset) throws IOException {
    Path directory = path.getParent();
    // createTempFile makes the file readable by its owner only: the state holds auth codes
    Path temporary = Files.createTempFile(directory, "." + path.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        out.write(
            ("{\"format\":\"" + FORMAT + "\",\"formatVersion\":" + FORMAT_VERSION + ",\"engine\":")
                .getBytes(StandardCharsets.US_ASCII));
        engine.writeTo(out);
        out.flush();
        // an ISO-8601 duration is plain ASCII without quotes or backslashes
        out.write(
            (",\"clockOffset\":\"" + clockOffset.get() + "\"}")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private StateFileException unusable(String reason) {
    return new StateFileException("state file " + path + " " + reason);
  }
}
