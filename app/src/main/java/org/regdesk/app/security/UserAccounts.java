package org.regdesk.app.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.regdesk.app.ConflictException;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.ValidationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates logins, issues one-time passwords and lets users set their own. User names are
 * case-insensitive (stored lower case).
 */
@Service
public class UserAccounts {

  /** Shortest password a user may choose. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final int MAX_PASSWORD_LENGTH = 72; // BCrypt ignores bytes after 72
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,99}");

  private final UserAccountRepository repository;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;
  private final PasswordGenerator generator = new PasswordGenerator();

  /**
   * Creates the service.
   *
   * @param repository the accounts table
   * @param passwordEncoder BCrypt
   * @param clock the desk's clock
   */
  public UserAccounts(
      UserAccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
    this.repository = repository;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  /**
   * Turns a typed user name into its stored form and checks it.
   *
   * @param username as typed
   * @return the lower-case name
   * @throws ValidationException naming {@code username}
   */
  public static String normalizeUsername(String username) {
    if (username == null || username.isBlank()) {
      throw ValidationException.of("username", "is required");
    }
    String normalized = username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(normalized).matches()) {
      throw ValidationException.of(
          "username",
          "must be 2 to 100 characters: letters, digits and . _ @ + -, starting with a letter or"
              + " digit");
    }
    return normalized;
  }

  /**
   * Finds an account.
   *
   * @param username the user name in any case
   * @return the account, if any
   */
  public Optional<UserAccount> find(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return repository.findByUsername(username.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether any administrator exists (first start creates one when none does).
   *
   * @return true if at least one ADMIN account exists
   */
  public boolean anyAdmin() {
    return repository.countByRole(Role.ADMIN) > 0;
  }

  /**
   * Creates a login with a one-time password.
   *
   * @param username the new user name
   * @param role its role
   * @return the one-time password to hand over
   * @throws ValidationException for a malformed name
   * @throws ConflictException when the name is taken
   */
  @Transactional
  public OneTimePassword create(String username, Role role) {
    String name = normalizeUsername(username);
    if (repository.findByUsername(name).isPresent()) {
      throw new ConflictException("a user named '" + name + "' already exists");
    }
    String password = generator.next();
    repository.insert(name, passwordEncoder.encode(password), role, true, clock.instant());
    return new OneTimePassword(name, password);
  }

  /**
   * Replaces a user's password with a new one-time password (and re-enables the account).
   *
   * @param username the user name
   * @return the one-time password to hand over
   * @throws NotFoundException when no such user exists
   */
  @Transactional
  public OneTimePassword resetPassword(String username) {
    String name = normalizeUsername(username);
    String password = generator.next();
    if (repository.updatePassword(name, passwordEncoder.encode(password), true, clock.instant())
        == 0) {
      throw new NotFoundException("no user named '" + name + "' exists");
    }
    return new OneTimePassword(name, password);
  }

  /**
   * Sets a password the user chose, after checking the current one.
   *
   * @param username the signed-in user
   * @param command the form
   * @throws ValidationException naming {@code currentPassword}, {@code newPassword} or {@code
   *     confirmPassword}
   */
  @Transactional
  public void changePassword(String username, PasswordChange command) {
    UserAccount account =
        find(username).orElseThrow(() -> new NotFoundException("no user named " + username));
    FieldErrors errors = new FieldErrors();
    String current = command.currentPassword();
    String chosen = command.newPassword();
    errors.check(
        "currentPassword",
        current != null && passwordEncoder.matches(current, account.passwordHash()),
        "is not your current password");
    if (chosen == null || chosen.length() < MIN_PASSWORD_LENGTH) {
      errors.add("newPassword", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
    } else if (chosen.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        > MAX_PASSWORD_LENGTH) {
      errors.add("newPassword", "must be at most " + MAX_PASSWORD_LENGTH + " bytes");
    } else if (chosen.equals(current)) {
      errors.add("newPassword", "must differ from the current password");
    }
    errors.check(
        "confirmPassword",
        chosen != null && chosen.equals(command.confirmPassword()),
        "does not match the new password");
    errors.throwIfAny();
    repository.updatePassword(
        account.username(), passwordEncoder.encode(chosen), false, clock.instant());
  }

  /**
   * A password change as typed into the form.
   *
   * @param currentPassword the password in use
   * @param newPassword the chosen password
   * @param confirmPassword the chosen password again
   */
  public record PasswordChange(String currentPassword, String newPassword, String confirmPassword) {

    @Override
    public String toString() {
      return "PasswordChange[***]";
    }
  }
}
