package org.regdesk.dondominio.client;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.regdesk.dondominio.client.error.ApiErrorDetails;
import org.regdesk.dondominio.client.error.DonDominioApiException;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.dondominio.client.error.ErrorCodes;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.ApiVersionCheck;
import org.regdesk.dondominio.client.internal.Checks;
import org.regdesk.dondominio.client.internal.ClientVersion;
import org.regdesk.dondominio.client.internal.Endpoints;
import org.regdesk.dondominio.client.internal.Envelope;
import org.regdesk.dondominio.client.internal.Redactor;
import org.regdesk.dondominio.client.internal.TransportFailure;

/**
 * Client of the DonDominio / MrDomain reseller API ("simple-api"): sends typed {@link ApiRequest}s
 * as form-encoded HTTPS POSTs and returns typed responses.
 *
 * <pre>{@code
 * DonDominioClient client = DonDominioClient.builder()
 *     .apiUser("00000-XXX")
 *     .apiPassword(secretFromConfig)
 *     .userAgentPair("Regdesk", "1.0")
 *     .build();
 * DomainCheckResponse check = client.call(new DomainCheckRequest(DomainName.of("example.com")));
 * }</pre>
 *
 * <p><b>Failures.</b> A refusal by the server raises the {@link DonDominioApiException} subclass
 * that {@link ErrorCodes} maps its error code to. A failed exchange raises {@link
 * DonDominioTransportException}, which says whether the request may have reached the server.
 *
 * <p><b>Retries.</b> Reads ({@link ApiAction#isRead()}) are retried on transient transport failures
 * (connection failures, timeouts, broken connections, HTTP 5xx, garbled bodies) under the {@link
 * RetryPolicy}, waiting through the injected {@link Sleeper}. Writes — create, transfer, renew,
 * every update, glue and DNSSEC changes, contact creation, verification mails — are sent exactly
 * once; API errors are never retried.
 *
 * <p><b>Secrets.</b> TLS certificates are always verified (the client has no switch to turn that
 * off). The API password and auth codes never appear in log lines, exception messages or {@code
 * toString()}. Calls are logged through {@link System.Logger} at {@code DEBUG}: action, duration
 * and outcome, never bodies.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DonDominioClient {
  /** The production endpoint. */
  public static final URI PRODUCTION_ENDPOINT = URI.create("https://simple-api.dondominio.net");

  /**
   * The default connect timeout. A connect that takes longer than this is not going to work, and
   * failing fast leaves room for a retry of reads.
   */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The default request timeout: longer than the official SDK's 15 s because create, transfer and
   * renew wait on the registry, and a write that times out leaves its outcome unknown.
   */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = System.getLogger(DonDominioClient.class.getName());
  private static final Pattern USER_AGENT_TOKEN = Pattern.compile("[A-Za-z0-9._+-]{1,64}");

  private final URI endpoint;
  private final String apiUser;
  private final String apiPassword;
  private final Duration requestTimeout;
  private final HttpClient httpClient;
  private final String userAgent;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final RetryPolicy retryPolicy;
  private final Clock clock;
  private final Set<String> warnedServerVersions = ConcurrentHashMap.newKeySet();

  private DonDominioClient(Builder b) {
    this.endpoint = b.endpoint;
    this.apiUser = b.apiUser;
    this.apiPassword = b.apiPassword;
    this.requestTimeout = b.requestTimeout;
    this.httpClient =
        b.httpClient != null
            ? b.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    StringBuilder agent =
        new StringBuilder("ClientPlatform/Java;ClientVersion/")
            .append(ClientVersion.get())
            .append(';');
    b.userAgentPairs.forEach((k, v) -> agent.append(k).append('/').append(v).append(';'));
    this.userAgent = agent.toString();
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.retryPolicy = b.retryPolicy;
    this.clock = b.clock;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint, without trailing slash. */
  public URI endpoint() {
    return endpoint;
  }

  /** The User-Agent header this client sends. */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Sends a request and returns its typed response.
   *
   * @throws DonDominioApiException (a subclass per error code) when the server refuses
   * @throws DonDominioTransportException when the exchange fails
   */
  public <R> R call(ApiRequest<R> request) {
    Objects.requireNonNull(request, "request");
    ApiAction action = request.action();
    FormParameters actionParameters = request.parameters();
    FormParameters form = credentials().followedBy(actionParameters);
    List<String> secrets = new ArrayList<>(actionParameters.secretValues());
    secrets.add(apiPassword);
    Redactor redactor = new Redactor(secrets);
    int maxAttempts = action.isRead() ? retryPolicy.maxAttempts() : 1;
    Instant started = clock.instant();
    for (int attempt = 1; ; attempt++) {
      Envelope envelope;
      try {
        envelope = exchange(action, form.toUrlEncoded());
      } catch (TransportFailure.Failed failed) {
        TransportFailure failure = failed.failure();
        DonDominioTransportException exception =
            transportException(action, failure, attempt, redactor);
        if (attempt >= maxAttempts || !exception.isTransient()) {
          logOutcome(action, started, attempt, exception.getMessage());
          throw exception;
        }
        Duration delay = retryPolicy.delayBeforeRetry(attempt, random);
        final int tried = attempt;
        LOG.log(
            Level.DEBUG,
            () ->
                action.actionName()
                    + " attempt "
                    + tried
                    + " failed ("
                    + exception.kind()
                    + "); retrying in "
                    + delay.toMillis()
                    + " ms");
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          DonDominioTransportException interrupted =
              new DonDominioTransportException(
                  action.actionName(),
                  DonDominioTransportException.Kind.INTERRUPTED,
                  0,
                  "interrupted while waiting to retry after: " + exception.getMessage(),
                  attempt,
                  exception);
          logOutcome(action, started, attempt, interrupted.getMessage());
          throw interrupted;
        }
        continue;
      }
      return handle(request, envelope, redactor, started, attempt);
    }
  }

  private <R> R handle(
      ApiRequest<R> request, Envelope envelope, Redactor redactor, Instant started, int attempt) {
    ApiAction action = request.action();
    checkServerVersion(envelope.version());
    if (!envelope.success()) {
      DonDominioApiException error =
          ErrorCodes.toException(
              new ApiErrorDetails(
                  envelope.errorCode(),
                  redactor.redact(envelope.errorCodeMsg()),
                  envelope.action().isEmpty() ? action.actionName() : envelope.action(),
                  redactor.redact(envelope.messages()),
                  envelope.version()));
      logOutcome(action, started, attempt, "API error " + error.errorCode());
      throw error;
    }
    R response;
    try {
      response =
          request.parseResponse(
              new ResponseData(action.actionName(), envelope.responseData(), "responseData"));
    } catch (DonDominioTransportException e) {
      DonDominioTransportException rebuilt =
          new DonDominioTransportException(
              action.actionName(), e.kind(), 0, redactor.redact(e.detail()), attempt, null);
      logOutcome(action, started, attempt, rebuilt.getMessage());
      throw rebuilt;
    } catch (IllegalArgumentException | ArithmeticException e) {
      // a value type refused what the server sent; the value itself stays out of the message
      String field =
          e instanceof InvalidRequestValueException
              ? " (" + ((InvalidRequestValueException) e).field() + ")"
              : "";
      DonDominioTransportException unreadable =
          new DonDominioTransportException(
              action.actionName(),
              DonDominioTransportException.Kind.UNEXPECTED_RESPONSE_DATA,
              0,
              "a value in responseData could not be read" + field,
              attempt,
              null);
      logOutcome(action, started, attempt, unreadable.getMessage());
      throw unreadable;
    }
    logOutcome(action, started, attempt, "ok");
    return response;
  }

  /**
   * Fetches one page of a list action. The page number works as an opaque cursor: pass the number
   * of the next page ({@link Page#nextPage()}) to continue.
   */
  public <T> Page<T> page(PagedRequest<T> request, int pageNumber) {
    Checks.positive(pageNumber, "page");
    return call(request.atPage(pageNumber));
  }

  /**
   * Iterates over all items of a list action, starting at the request's page and fetching each
   * following page only when the items before it have been consumed. Iteration stops at the
   * server's {@code queryInfo.total}, at the first empty page, or when the page count implied by
   * the first page is reached, so a misbehaving server cannot make it loop forever.
   */
  public <T> Iterator<T> iterate(PagedRequest<T> request) {
    return new PageIterator<>(this, request);
  }

  /** All items of a list action as a lazy sequential stream; see {@link #iterate}. */
  public <T> Stream<T> stream(PagedRequest<T> request) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterate(request), Spliterator.ORDERED), false);
  }

  private FormParameters credentials() {
    return FormParameters.builder()
        .add("apiuser", apiUser)
        .secret("apipasswd", apiPassword)
        .add("output-format", "json")
        .add("output-pretty", "")
        .build();
  }

  private Envelope exchange(ApiAction action, String body) throws TransportFailure.Failed {
    HttpRequest httpRequest =
        HttpRequest.newBuilder(URI.create(endpoint + "/" + action.path()))
            .timeout(requestTimeout)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = httpClient.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new TransportFailure.Failed(TransportFailure.of(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportFailure.Failed(
          new TransportFailure(
              DonDominioTransportException.Kind.INTERRUPTED, 0, "interrupted while waiting", e));
    }
    if (response.statusCode() != 200) {
      throw new TransportFailure.Failed(
          new TransportFailure(
              DonDominioTransportException.Kind.HTTP_STATUS, response.statusCode(), "", null));
    }
    try {
      return Envelope.parse(response.body());
    } catch (Envelope.NotAnEnvelope e) {
      throw new TransportFailure.Failed(
          new TransportFailure(
              DonDominioTransportException.Kind.MALFORMED_BODY, 0, e.getMessage(), null));
    }
  }

  private static DonDominioTransportException transportException(
      ApiAction action, TransportFailure failure, int attempt, Redactor redactor) {
    return new DonDominioTransportException(
        action.actionName(),
        failure.kind(),
        failure.httpStatus(),
        redactor.redact(failure.detail()),
        attempt,
        // the JDK's exceptions carry no request data; kept for stack traces
        failure.cause());
  }

  private void checkServerVersion(String version) {
    if (version.isEmpty() || !warnedServerVersions.add(version)) {
      return;
    }
    ApiVersionCheck.warningFor(version).ifPresent(w -> LOG.log(Level.WARNING, w));
  }

  private void logOutcome(ApiAction action, Instant started, int attempts, String outcome) {
    LOG.log(
        Level.DEBUG,
        () -> {
          long millis = Duration.between(started, clock.instant()).toMillis();
          return action.actionName()
              + " "
              + outcome
              + " in "
              + millis
              + " ms after "
              + attempts
              + (attempts == 1 ? " attempt" : " attempts");
        });
  }

  /** Shows the endpoint and user, never the password. */
  @Override
  public String toString() {
    return "DonDominioClient[endpoint="
        + endpoint
        + ", apiuser="
        + apiUser
        + ", apipasswd=****, retry="
        + retryPolicy
        + "]";
  }

  /**
   * Builds a {@link DonDominioClient}. The API user and password are required; everything else has
   * a default.
   */
  public static final class Builder {
    private URI endpoint = PRODUCTION_ENDPOINT;
    private String apiUser;
    private String apiPassword;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private HttpClient httpClient;
    private final Map<String, String> userAgentPairs = new LinkedHashMap<>();
    private Sleeper sleeper = Sleeper.blocking();
    private RandomGenerator random = RandomGenerator.getDefault();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The API base URL; default {@link #PRODUCTION_ENDPOINT}. Must be {@code https}, except {@code
     * http} to a loopback host (a local sandbox).
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Endpoints.check(endpoint);
      return this;
    }

    /** The API base URL as text; see {@link #endpoint(URI)}. */
    public Builder endpoint(String endpoint) {
      Checks.required(endpoint, "endpoint");
      try {
        return endpoint(URI.create(endpoint));
      } catch (IllegalArgumentException e) {
        if (e instanceof InvalidRequestValueException) {
          throw e;
        }
        throw new InvalidRequestValueException("endpoint", "is not a URL");
      }
    }

    /** The API user name ({@code apiuser}). */
    public Builder apiUser(String apiUser) {
      this.apiUser = Checks.text(apiUser, "apiuser");
      return this;
    }

    /** The API password ({@code apipasswd}); never shown anywhere. */
    public Builder apiPassword(String apiPassword) {
      if (apiPassword == null || apiPassword.isEmpty()) {
        throw new InvalidRequestValueException("apipasswd", "is required");
      }
      this.apiPassword = apiPassword;
      return this;
    }

    /**
     * How long to wait for a connection; default {@link #DEFAULT_CONNECT_TIMEOUT}. Applies to the
     * client's own {@link HttpClient}; an injected one keeps its own setting.
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long to wait for a whole answer; default {@link #DEFAULT_REQUEST_TIMEOUT}. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * The HTTP client to use instead of the client's own, e.g. to share a connection pool. It must
     * verify certificates (the JDK's default does).
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Checks.required(httpClient, "httpClient");
      return this;
    }

    /**
     * Adds {@code Key/Value;} to the User-Agent after {@code
     * ClientPlatform/Java;ClientVersion/<version>;}, e.g. {@code Regdesk/1.0;}. Keys and values are
     * letters, digits and {@code . _ + -}.
     */
    public Builder userAgentPair(String key, String value) {
      token(key, "userAgent key");
      token(value, "userAgent value");
      userAgentPairs.put(key, value);
      return this;
    }

    /** Waits between read retries; default blocks the thread. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.required(sleeper, "sleeper");
      return this;
    }

    /** Source of the retry jitter. */
    public Builder random(RandomGenerator random) {
      this.random = Checks.required(random, "random");
      return this;
    }

    /** How reads are retried; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.required(retryPolicy, "retryPolicy");
      return this;
    }

    /** The clock used to time calls for the log. */
    public Builder clock(Clock clock) {
      this.clock = Checks.required(clock, "clock");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws InvalidRequestValueException if the API user or password is missing
     */
    public DonDominioClient build() {
      Checks.required(apiUser, "apiuser");
      if (apiPassword == null) {
        throw new InvalidRequestValueException("apipasswd", "is required");
      }
      return new DonDominioClient(this);
    }

    private static Duration positive(Duration duration, String field) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new InvalidRequestValueException(field, "must be a positive duration");
      }
      return duration;
    }

    private static void token(String text, String field) {
      if (text == null || !USER_AGENT_TOKEN.matcher(text).matches()) {
        throw new InvalidRequestValueException(field, "must be 1 to 64 letters, digits or . _ + -");
      }
    }

    /** Shows the settings, never the password. */
    @Override
    public String toString() {
      return "DonDominioClient.Builder[endpoint="
          + endpoint
          + ", apiuser="
          + apiUser
          + ", apipasswd="
          + (apiPassword == null ? "unset" : "****")
          + "]";
    }
  }
}
