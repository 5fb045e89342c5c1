package org.regdesk.app.security;

import org.regdesk.app.web.api.ApiErrorWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Two filter chains:
 *
 * <ul>
 *   <li><b>API and actuator</b> ({@code /api/**}, {@code /actuator/**}): stateless, admin API
 *       tokens only (never the session cookie, so CSRF protection is off here and only here), JSON
 *       401/403. {@code /api/v1/openapi.json} and {@code /actuator/health} are public; {@code
 *       /actuator/prometheus} needs an admin token.
 *   <li><b>Screens</b> (everything else): form sign-in at {@code /login} with throttling, CSRF on
 *       (htmx sends the token from the page's meta tag), {@code /admin/**} for ADMIN, {@code
 *       /client/**} for CUSTOMER, a one-time password forces the password page first.
 * </ul>
 *
 * <p>Feature work adds no rules here: new screens go under {@code /admin} or {@code /client}, new
 * API resources under {@code /api/v1}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfig {

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self';"
          + " object-src 'none'";

  /**
   * Form sign-in: passwords checked with BCrypt behind the throttle. The only authentication
   * manager, so no other path can check a password around the throttle.
   *
   * @param users reads logins
   * @param passwordEncoder BCrypt
   * @param throttle sign-in throttling
   * @return the manager
   */
  @Bean
  public AuthenticationManager authenticationManager(
      DeskUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(passwordEncoder);
    return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
  }

  /**
   * The API and actuator chain.
   *
   * @param http the builder
   * @param tokens API tokens
   * @param errors JSON error bodies
   * @return the chain
   * @throws Exception from the builder
   */
  @Bean
  @Order(1)
  public SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiErrorWriter errors)
      throws Exception {
    return http.securityMatcher("/api/**", "/actuator/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .hasRole(Role.ADMIN.name()))
        .addFilterBefore(new BearerTokenFilter(tokens, errors), AnonymousAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
        .build();
  }

  /**
   * The screens chain.
   *
   * @param http the builder
   * @param accounts logins
   * @param authenticationManager form sign-in
   * @return the chain
   * @throws Exception from the builder
   */
  @Bean
  @Order(2)
  public SecurityFilterChain screenChain(
      HttpSecurity http, UserAccounts accounts, AuthenticationManager authenticationManager)
      throws Exception {
    return http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/client", "/client/**")
                    .hasRole(Role.CUSTOMER.name())
                    .anyRequest()
                    .authenticated())
        .authenticationManager(authenticationManager)
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(SignInHandlers.success(accounts))
                    .failureHandler(SignInHandlers.failure())
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .addFilterBefore(new PasswordChangeRequired(), AuthorizationFilter.class)
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(f -> f.deny())
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
        .build();
  }
}
