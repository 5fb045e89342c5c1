package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.regdesk.app.security.ApiToken;
import org.regdesk.app.security.ApiTokens;
import org.regdesk.app.security.NewApiToken;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/api-tokens}: list, create (the token is in the response, once) and revoke. */
@RestController
@RequestMapping("/api/v1/api-tokens")
public class ApiTokensApiController {

  private final ApiTokens tokens;

  /**
   * Creates the controller.
   *
   * @param tokens the tokens service
   */
  public ApiTokensApiController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * Lists tokens, newest first.
   *
   * @param page the page number, from 1
   * @param size rows per page
   * @return the page
   */
  @GetMapping
  @Operation(summary = "List API tokens, newest first")
  public ApiPage<TokenResponse> list(
      @RequestParam(defaultValue = ApiPaging.DEFAULT_PAGE) int page,
      @RequestParam(defaultValue = ApiPaging.DEFAULT_SIZE) int size) {
    return ApiPage.of(tokens.list(ApiPaging.request(page, size)), TokenResponse::of);
  }

  /**
   * Creates a token.
   *
   * @param request the token's name
   * @param authentication the caller
   * @return the token, with its secret shown this once
   */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an API token; the response holds the token, shown only once")
  public CreatedTokenResponse create(
      @RequestBody CreateTokenRequest request, Authentication authentication) {
    NewApiToken created = tokens.create(request.name(), authentication.getName());
    return new CreatedTokenResponse(TokenResponse.of(created.token()), created.secret());
  }

  /**
   * Revokes a token.
   *
   * @param id the token's id
   */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke an API token; it stops working at once")
  public void revoke(@PathVariable long id) {
    tokens.revoke(id);
  }

  /**
   * Body of a create call.
   *
   * @param name what the token is for
   */
  public record CreateTokenRequest(String name) {}

  /**
   * A token as listed.
   *
   * @param id the id
   * @param name what it is for
   * @param prefix its first characters
   * @param createdBy who created it
   * @param createdAt when
   * @param lastUsedAt last use (to the minute), or null
   * @param revokedAt when revoked, or null
   */
  public record TokenResponse(
      long id,
      String name,
      String prefix,
      String createdBy,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt) {

    static TokenResponse of(ApiToken token) {
      return new TokenResponse(
          token.id(),
          token.name(),
          token.prefix(),
          token.createdBy(),
          token.createdAt(),
          token.lastUsedAt(),
          token.revokedAt());
    }
  }

  /**
   * A token just created.
   *
   * @param token the token as listed
   * @param secret the bearer token; not retrievable later
   */
  public record CreatedTokenResponse(TokenResponse token, String secret) {

    @Override
    public String toString() {
      return "CreatedTokenResponse[" + token + ", secret=***]";
    }
  }
}
