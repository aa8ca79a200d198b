package com.onewindow.shared.account;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.security.CurrentUser;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and keeping a portal account (P4): registration confirmed by mail, password reset by a
 * single-use link, change of password, joining a company by invitation.
 */
@Service
@Transactional
public class RegistrationService {

  private final CustomerUsers users;
  private final AccountTokens tokens;
  private final Companies companies;
  private final PasswordEncoder passwords;
  private final AccountMails mails;
  private final Clock clock;

  RegistrationService(
      CustomerUsers users,
      AccountTokens tokens,
      Companies companies,
      PasswordEncoder passwords,
      AccountMails mails,
      Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.companies = companies;
    this.passwords = passwords;
    this.mails = mails;
    this.clock = clock;
  }

  /**
   * Opens an account that signs in once its email is confirmed. Naming the INN of a company that is
   * already known asks its administrator to accept the user; until then the user sees none of its
   * data.
   */
  @PreAuthorize("permitAll()")
  public void register(Registration registration, Locale locale) {
    String email = registration.email().strip().toLowerCase(Locale.ROOT);
    requireValid(registration.fullName(), email, registration.phone(), registration.password());
    if (users.existsByEmailIgnoreCase(email)) {
      throw new BusinessRuleViolation("account.error.emailTaken");
    }
    var user =
        new CustomerUser(
                email,
                passwords.encode(registration.password()),
                registration.fullName().strip(),
                clock.instant())
            .withPhone(ContactRules.normalisedPhone(registration.phone()).orElseThrow())
            .speaking(locale);
    String inn = registration.inn() == null ? "" : registration.inn().strip();
    if (!inn.isEmpty()) {
      if (!Inn.isValid(inn)) {
        throw new BusinessRuleViolation("inn.problem." + Inn.problemWith(inn));
      }
      companies.findByInn(inn).ifPresent(user::requestMembership);
    }
    users.save(user);
    var issued = AccountToken.forUser(AccountToken.Purpose.CONFIRM_EMAIL, user, clock.instant());
    tokens.save(issued.token());
    mails.confirmEmail(user, issued.raw());
    var pending = user.getPendingCompany();
    if (pending != null) {
      users.findByCompanyIdOrderByFullName(pending.getId()).stream()
          .filter(CustomerUser::isCompanyAdmin)
          .forEach(admin -> mails.membershipRequested(admin, user));
    }
  }

  /** Confirms the email of the link; the link works once, for 24 hours. */
  @PreAuthorize("permitAll()")
  public void confirmEmail(String token) {
    var found = usable(token, AccountToken.Purpose.CONFIRM_EMAIL);
    found.use(clock.instant());
    requireUser(found).confirmEmail();
  }

  /** Mails a reset link if the address has an account; says nothing either way. */
  @PreAuthorize("permitAll()")
  public void requestPasswordReset(String email) {
    users
        .findByEmailIgnoreCase(email.strip())
        .filter(CustomerUser::isEmailConfirmed)
        .ifPresent(
            user -> {
              var issued =
                  AccountToken.forUser(AccountToken.Purpose.RESET_PASSWORD, user, clock.instant());
              tokens.save(issued.token());
              mails.resetPassword(user, issued.raw());
            });
  }

  /** Sets a new password by the link of the reset mail; the link works once, for an hour. */
  @PreAuthorize("permitAll()")
  public void resetPassword(String token, String newPassword) {
    requirePassword(newPassword);
    var found = usable(token, AccountToken.Purpose.RESET_PASSWORD);
    found.use(clock.instant());
    requireUser(found).changePassword(passwords.encode(newPassword));
  }

  /** The signed-in customer changes their password, proving they know the current one. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public void changePassword(String currentPassword, String newPassword) {
    var user = users.findById(CurrentUser.requireCustomer().customerUserId()).orElseThrow();
    if (!passwords.matches(currentPassword, user.getPasswordHash())) {
      throw new BusinessRuleViolation("account.error.currentPasswordWrong");
    }
    requirePassword(newPassword);
    user.changePassword(passwords.encode(newPassword));
  }

  /** The email an invitation link was sent to, to show on its page. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public String invitedEmail(String token) {
    return String.valueOf(usable(token, AccountToken.Purpose.INVITATION).getEmail());
  }

  /** Opens the account of an invited colleague: a member of the inviting company at once. */
  @PreAuthorize("permitAll()")
  public void acceptInvitation(
      String token, String fullName, String phone, String password, Locale locale) {
    var found = usable(token, AccountToken.Purpose.INVITATION);
    String email = String.valueOf(found.getEmail());
    requireValid(fullName, email, phone, password);
    if (users.existsByEmailIgnoreCase(email)) {
      throw new BusinessRuleViolation("account.error.emailTaken");
    }
    found.use(clock.instant());
    var company = found.getCompany();
    if (company == null) {
      throw new BusinessRuleViolation("account.error.tokenInvalid");
    }
    users.save(
        new CustomerUser(email, passwords.encode(password), fullName.strip(), clock.instant())
            .withPhone(ContactRules.normalisedPhone(phone).orElseThrow())
            .speaking(locale)
            .joinByInvitation(company)
            .confirmEmail());
  }

  private AccountToken usable(String raw, AccountToken.Purpose purpose) {
    return tokens
        .findByTokenHash(AccountToken.hash(raw.strip()))
        .filter(t -> t.isUsableAt(purpose, clock.instant()))
        .orElseThrow(() -> new BusinessRuleViolation("account.error.tokenInvalid"));
  }

  private static CustomerUser requireUser(AccountToken token) {
    var user = token.getCustomerUser();
    if (user == null) {
      throw new BusinessRuleViolation("account.error.tokenInvalid");
    }
    return user;
  }

  private static void requireValid(String fullName, String email, String phone, String password) {
    if (fullName.isBlank()) {
      throw new BusinessRuleViolation("account.error.nameMissing");
    }
    if (!ContactRules.isEmail(email)) {
      throw new BusinessRuleViolation("contact.error.email");
    }
    if (ContactRules.normalisedPhone(phone).isEmpty()) {
      throw new BusinessRuleViolation("contact.error.phone");
    }
    requirePassword(password);
  }

  private static void requirePassword(String password) {
    if (password.length() < CustomerUser.PASSWORD_MIN) {
      throw new BusinessRuleViolation("account.error.passwordShort", CustomerUser.PASSWORD_MIN);
    }
  }
}
