package org.regdesk.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.regdesk.app.web.api.ApiError;
import org.regdesk.app.web.api.ApiErrorWriter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}. A token that is unknown or
 * revoked is answered 401 at once; a call without a token goes on and is refused by the
 * authorization rules (also 401, with the same JSON body).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String SCHEME = "Bearer ";

  private final ApiTokens tokens;
  private final ApiErrorWriter errors;

  BearerTokenFilter(ApiTokens tokens, ApiErrorWriter errors) {
    this.tokens = tokens;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiToken> token = tokens.authenticate(header.substring(SCHEME.length()).strip());
    if (token.isEmpty()) {
      errors.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          ApiError.of("unauthorized", "the API token is unknown or revoked"));
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new TokenAuthentication(token.get()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** An API call made with an admin token: acts as ADMIN, named after the token. */
  static final class TokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final String name;

    TokenAuthentication(ApiToken token) {
      super(List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
      this.name = "api-token:" + token.id() + ":" + token.name();
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return name;
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
