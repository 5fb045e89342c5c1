package org.regdesk.app.registrar;

import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who or what caused a registrar call, as the call audit records it: a signed-in user, an API
 * token, a job, or the desk itself (demo set-up, health checks).
 *
 * <p>Web requests need nothing: {@link #current()} reads the signed-in user or API token of the
 * request's thread. Work that runs on its own threads names itself for the calls it makes:
 *
 * <pre>{@code
 * try (Trigger.Scope scope = Trigger.job("register example.com").enter()) {
 *   registrars.registrar("dondominio").register(request);
 * }
 * }</pre>
 *
 * @param kind what kind of actor
 * @param name the actor's name: a user name, {@code <id>:<token name>}, a job name, or what the
 *     desk was doing; at most {@value #MAX_NAME_LENGTH} characters
 */
public record Trigger(Kind kind, String name) {

  /** The longest name stored; longer names are cut. */
  public static final int MAX_NAME_LENGTH = 200;

  /** Prefix of the authentication name the desk gives API token callers. */
  private static final String API_TOKEN_PREFIX = "api-token:";

  private static final ThreadLocal<Trigger> SCOPED = new ThreadLocal<>();

  /** What kind of actor caused a call. */
  public enum Kind {
    /** A person signed in to the admin panel or the client area. */
    USER,
    /** A program using the REST API with an API token. */
    API_TOKEN,
    /** A background job (orders, sync, transfer polling …). */
    JOB,
    /** The desk itself: start-up, health checks, anything with no other actor. */
    SYSTEM
  }

  /**
   * Checks the parts; cuts a long name.
   *
   * @param kind what kind of actor
   * @param name the actor's name
   */
  public Trigger {
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: a trigger needs a name");
    }
    name = name.strip();
    if (name.length() > MAX_NAME_LENGTH) {
      name = name.substring(0, MAX_NAME_LENGTH);
    }
  }

  /**
   * A signed-in person.
   *
   * @param username the user name
   * @return the trigger
   */
  public static Trigger user(String username) {
    return new Trigger(Kind.USER, username);
  }

  /**
   * A REST API caller.
   *
   * @param token the token's id and name, e.g. {@code 12:billing sync}
   * @return the trigger
   */
  public static Trigger apiToken(String token) {
    return new Trigger(Kind.API_TOKEN, token);
  }

  /**
   * A background job.
   *
   * @param job the job's name, e.g. {@code register example.com}
   * @return the trigger
   */
  public static Trigger job(String job) {
    return new Trigger(Kind.JOB, job);
  }

  /**
   * The desk itself.
   *
   * @param what what it was doing, e.g. {@code health check}
   * @return the trigger
   */
  public static Trigger system(String what) {
    return new Trigger(Kind.SYSTEM, what);
  }

  /**
   * The trigger in force on this thread: the one {@link #enter() entered} here, else the signed-in
   * user or API token of the current request, else {@code system("desk")}.
   *
   * @return the trigger
   */
  public static Trigger current() {
    return scoped().or(Trigger::fromSecurityContext).orElseGet(() -> system("desk"));
  }

  /**
   * The trigger {@link #enter() entered} on this thread, if any.
   *
   * @return the trigger of the innermost open scope
   */
  static Optional<Trigger> scoped() {
    return Optional.ofNullable(SCOPED.get());
  }

  private static Optional<Trigger> fromSecurityContext() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    String name = authentication.getName();
    if (name.startsWith(API_TOKEN_PREFIX)) {
      return Optional.of(apiToken(name.substring(API_TOKEN_PREFIX.length())));
    }
    return Optional.of(user(name));
  }

  /**
   * Makes this the trigger of every registrar call made on this thread until the scope closes;
   * scopes nest.
   *
   * @return the scope, to close in a try-with-resources block
   */
  public Scope enter() {
    Trigger outer = SCOPED.get();
    SCOPED.set(this);
    return new Scope(outer);
  }

  /** How the trigger reads on a page, e.g. {@code user alice} or {@code job sync}. */
  @Override
  public String toString() {
    return switch (kind) {
      case USER -> "user " + name;
      case API_TOKEN -> "API token " + name;
      case JOB -> "job " + name;
      case SYSTEM -> "desk: " + name;
    };
  }

  /** An open {@link #enter()}; closing it restores the trigger that was in force before. */
  public static final class Scope implements AutoCloseable {

    private final Trigger outer;

    private Scope(Trigger outer) {
      this.outer = outer;
    }

    @Override
    public void close() {
      if (outer == null) {
        SCOPED.remove();
      } else {
        SCOPED.set(outer);
      }
    }
  }
}
