package org.regdesk.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.storage.Page;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin API tokens: {@code rdk_} followed by 256 random bits in base64url. The token is shown once
 * at creation; the table keeps its SHA-256 only. A revoked token stops working at once.
 */
@Service
public class ApiTokens {

  private static final String PREFIX = "rdk_";
  private static final int PREFIX_SHOWN = 12;
  private static final int MAX_NAME_LENGTH = 100;
  // a busy client must not turn every call into a write
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private final ApiTokenRepository repository;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * Creates the service.
   *
   * @param repository the tokens table
   * @param clock the desk's clock
   */
  public ApiTokens(ApiTokenRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * Creates a token.
   *
   * @param name what it is for
   * @param createdBy the admin creating it
   * @return the token and its secret, to show once
   * @throws org.regdesk.app.ValidationException naming {@code name}
   */
  @Transactional
  public NewApiToken create(String name, String createdBy) {
    FieldErrors errors = new FieldErrors();
    errors.require("name", name);
    if (name != null && name.strip().length() > MAX_NAME_LENGTH) {
      errors.add("name", "must be at most " + MAX_NAME_LENGTH + " characters");
    }
    errors.throwIfAny();
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long id =
        repository.insert(
            name.strip(),
            hash(secret),
            secret.substring(0, PREFIX_SHOWN),
            createdBy,
            clock.instant());
    return new NewApiToken(repository.find(id).orElseThrow(), secret);
  }

  /**
   * One page of tokens, newest first.
   *
   * @param page which page
   * @return the page
   */
  @Transactional(readOnly = true)
  public Page<ApiToken> list(PageRequest page) {
    return new Page<>(repository.list(page), page, repository.count());
  }

  /**
   * Revokes a token.
   *
   * @param id the token's id
   * @return the revoked token
   * @throws NotFoundException when no such token exists
   * @throws ConflictException when it is already revoked
   */
  @Transactional
  public ApiToken revoke(long id) {
    ApiToken token =
        repository
            .find(id)
            .orElseThrow(() -> new NotFoundException("API token " + id + " does not exist"));
    if (token.revoked() || repository.revoke(id, clock.instant()) == 0) {
      throw new ConflictException("API token " + id + " is already revoked");
    }
    return repository.find(id).orElseThrow();
  }

  /**
   * Checks a presented bearer token.
   *
   * @param presented the token from the {@code Authorization} header
   * @return the token when it exists and is not revoked
   */
  @Transactional
  public Optional<ApiToken> authenticate(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiToken> token = repository.findActiveByHash(hash(presented));
    token.ifPresent(
        t -> {
          Instant now = clock.instant();
          if (t.lastUsedAt() == null || t.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            repository.touch(t.id(), now);
          }
        });
    return token;
  }

  private static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
    }
  }
}
