package org.regdesk.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.regdesk.dondominio.client.DonDominioClient;
import org.regdesk.dondominio.client.tool.HelloRequest;
import org.regdesk.dondominio.client.tool.HelloResponse;
import org.regdesk.dondominio.sandbox.Sandbox;

/**
 * What the typed client costs over a bare {@code java.net.http.HttpClient} POST of the same body to
 * the same sandbox, in one run: {@code tool/hello} answered by an in-process sandbox over loopback.
 * Target: the client's median ≤ 1.25× the raw median.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar
 * org.regdesk.benchmarks.ClientOverheadBenchmark} runs both and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class ClientOverheadBenchmark {
  private static final String BODY =
      "apiuser=sandbox&apipasswd=sandbox&output-format=json&output-pretty=";

  private Sandbox sandbox;
  private HttpClient http;
  private HttpRequest rawRequest;
  private DonDominioClient client;

  @Setup(Level.Trial)
  public void start() {
    sandbox = Sandbox.builder().port(0).start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI hello = sandbox.uri().resolve("tool/hello/");
    rawRequest =
        HttpRequest.newBuilder(hello)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(BODY))
            .build();
    client =
        DonDominioClient.builder()
            .endpoint(sandbox.uri())
            .apiUser("sandbox")
            .apiPassword("sandbox")
            .build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    sandbox.close();
  }

  /** The floor: the same POST with no client around it, the body read as a string. */
  @Benchmark
  public String rawHttpClientPost() throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(rawRequest, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode());
    }
    return response.body();
  }

  /** The typed client: form encoding, envelope parsing, error mapping, typed response. */
  @Benchmark
  public HelloResponse donDominioClientHello() {
    return client.call(new HelloRequest());
  }

  public static void main(String[] args) throws RunnerException {
    System.out.println(SandboxBenchmarks.machine());
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder().include(ClientOverheadBenchmark.class.getSimpleName()).build())
            .run();
    double raw = Double.NaN;
    double typed = Double.NaN;
    for (RunResult result : results) {
      double median = result.getPrimaryResult().getStatistics().getPercentile(50);
      String name = result.getParams().getBenchmark();
      if (name.endsWith("rawHttpClientPost")) {
        raw = median;
      } else if (name.endsWith("donDominioClientHello")) {
        typed = median;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "median: raw HttpClient %.1f µs, DonDominioClient %.1f µs, ratio %.2f×%n",
        raw,
        typed,
        typed / raw);
  }
}
