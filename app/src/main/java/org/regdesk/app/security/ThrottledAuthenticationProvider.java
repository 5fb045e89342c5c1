package org.regdesk.app.security;

import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in behind {@link LoginThrottle}: a locked name or address is refused before the
 * password is even checked; each wrong password (or unknown name) counts as a failure.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username =
        authentication.getName() == null
            ? ""
            : authentication.getName().strip().toLowerCase(Locale.ROOT);
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null
            ? details.getRemoteAddress()
            : "unknown";
    var locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      throw new LoginThrottledException(locked.get());
    }
    try {
      Authentication result =
          passwords.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(
                  username, authentication.getCredentials()));
      throttle.recordSuccess(username);
      return result;
    } catch (BadCredentialsException wrong) {
      throttle.recordFailure(username, address);
      throw wrong;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
