package org.regdesk.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Reads logins from {@code user_accounts} for form sign-in. */
@Component
class DeskUserDetailsService implements UserDetailsService {

  private final UserAccounts accounts;

  DeskUserDetailsService(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserAccount account =
        accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .roles(account.role().name())
        .disabled(!account.enabled())
        .build();
  }
}
