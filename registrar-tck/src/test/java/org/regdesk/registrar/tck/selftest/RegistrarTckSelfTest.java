package org.regdesk.registrar.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.regdesk.registrar.tck.RegistrarTck;
import org.regdesk.registrar.tck.fake.FakePlugins;

/**
 * Proves the suite can fail: runs it through the JUnit launcher against the fake plugin, healthy
 * and with one planted defect at a time, and checks that exactly the tests guarding against that
 * defect fail, with a message that names the broken promise.
 */
class RegistrarTckSelfTest {

  /** Each failing test, with a piece of the message it must fail with. */
  private static void failsExactly(
      Class<? extends RegistrarTck> plugin, Map<String, String> expected) {
    TckRun run = TckRun.of(plugin);
    assertThat(run.failed()).as(run.toString()).isEqualTo(new TreeSet<>(expected.keySet()));
    expected.forEach(
        (test, fragment) ->
            assertThat(run.message(test))
                .as(test)
                .hasValueSatisfying(message -> assertThat(message).contains(fragment)));
  }

  /** "Group.method" of every test the suite declares, found by reflection. */
  private static Set<String> declaredTests() {
    Set<String> tests = new TreeSet<>();
    for (Class<?> group : RegistrarTck.class.getDeclaredClasses()) {
      if (!group.isAnnotationPresent(Nested.class)) {
        continue;
      }
      for (Method method : group.getSuperclass().getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          tests.add(group.getSimpleName() + "." + method.getName());
        }
      }
    }
    return tests;
  }

  @Test
  void healthy_plugin_passes_every_test_that_applies_to_it() {
    TckRun run = TckRun.of(FakePlugins.Healthy.class);

    assertThat(run.failed()).as(run.toString()).isEmpty();
    assertThat(run.count()).as("every declared test ran").isEqualTo(declaredTests().size());
    assertThat(run.messages(run.skipped()))
        .containsOnly(
            entry(
                "NotSupportedTests.undeclared_capabilities_fail_as_not_supported_without_a_call",
                "Assumption failed: the plugin declares every capability"),
            entry(
                "RegistrationTests.premium_name_is_refused_when_premium_registration_is_not_declared",
                "Assumption failed: the plugin declares PREMIUM_REGISTRATION"));
  }

  @Test
  void groups_of_undeclared_capabilities_are_skipped_with_the_reason() {
    TckRun run = TckRun.of(FakePlugins.Minimal.class);

    assertThat(run.failed()).as(run.toString()).isEmpty();
    for (String group :
        new String[] {
          "LockTests", "DnssecTests", "TransferTests", "RenewalTests", "ContactTests"
        }) {
      Set<String> tests = new TreeSet<>(declaredTests());
      tests.removeIf(test -> !test.startsWith(group + "."));
      assertThat(run.skipped()).as(group).containsAll(tests);
    }
    assertThat(run.message("LockTests.lock_goes_on_and_off_and_reads_back"))
        .hasValue("Assumption failed: the plugin does not declare LOCK");
    assertThat(
            run.message(
                "DomainListingTests.paging_with_the_cursor_lists_every_domain_exactly_once"))
        .hasValue("Assumption failed: the plugin does not declare LIST_DOMAINS");
    assertThat(run.with(TestExecutionResult.Status.SUCCESSFUL))
        .contains(
            "NotSupportedTests.undeclared_capabilities_fail_as_not_supported_without_a_call",
            "AvailabilityTests.many_names_get_one_result_per_distinct_name_in_the_order_given",
            "RegistrationTests.fresh_name_is_registered_and_its_snapshot_shows_the_expiry");
  }

  @Test
  void a_second_create_after_a_lost_answer_fails() {
    failsExactly(
        FakePlugins.CreatesTwice.class,
        Map.of(
            "OutcomeUnknownTests.register_repeated_after_a_lost_answer_registers_once",
            "the repeated register() must not send the request again ==> expected: <1> but was: <2>"));
  }

  @Test
  void a_call_made_on_invalid_input_fails() {
    failsExactly(
        FakePlugins.CallsOnInvalidInput.class,
        Map.of(
            "InvalidInputTests.missing_tld_fields_are_refused_naming_each_field_before_any_call",
            "tck-1.aero: 2 call(s) reached the registrar before the refusal",
            "InvalidInputTests.malformed_dates_and_choices_are_refused_naming_the_field_before_any_call",
            "call(s) reached the registrar before the refusal"));
  }

  @Test
  void a_declared_capability_that_is_not_implemented_fails() {
    failsExactly(
        FakePlugins.DeclaresUnimplemented.class,
        Map.of(
            "NotSupportedTests.declared_capabilities_are_implemented",
            "DNSSEC: listDsRecords() failed as NOT_SUPPORTED",
            "DnssecTests.ds_records_are_added_listed_and_removed",
            "does not support DNSSEC",
            "DnssecTests.removing_a_ds_record_not_published_is_not_found",
            "but was: <org.regdesk.registrar.spi.error.NotSupportedException>"));
  }

  @Test
  void an_implemented_but_undeclared_capability_fails() {
    failsExactly(
        FakePlugins.ImplementsUndeclared.class,
        Map.of(
            "NotSupportedTests.undeclared_capabilities_fail_as_not_supported_without_a_call",
            "TLD_PRICES: tldPricing() returned normally"));
  }

  @Test
  void pages_that_skip_domains_fail() {
    failsExactly(
        FakePlugins.PagesSkip.class,
        Map.of(
            "DomainListingTests.paging_with_the_cursor_lists_every_domain_exactly_once",
            "domains of the account missing from the listing"));
  }

  @Test
  void pages_that_repeat_domains_fail() {
    failsExactly(
        FakePlugins.PagesRepeat.class,
        Map.of(
            "DomainListingTests.paging_with_the_cursor_lists_every_domain_exactly_once",
            "domains listed more than once"));
  }

  @Test
  void a_listing_that_never_ends_fails() {
    failsExactly(
        FakePlugins.PagesNeverEnd.class,
        Map.of(
            "DomainListingTests.paging_with_the_cursor_lists_every_domain_exactly_once",
            "pages: the cursor loops"));
  }

  @Test
  void an_outage_reported_as_not_found_fails() {
    failsExactly(
        FakePlugins.OutageAsNotFound.class,
        Map.of(
            "OutageTests.lookup_during_an_outage_is_unavailable_never_not_found",
            "but was: <org.regdesk.registrar.spi.error.NotFoundException>"));
  }

  @Test
  void a_lost_answer_reported_as_unavailable_fails_for_each_charged_operation() {
    String unavailable = "but was: <org.regdesk.registrar.spi.error.UnavailableException>";
    failsExactly(
        FakePlugins.LostAnswerAsUnavailable.class,
        Map.of(
            "OutcomeUnknownTests.register_repeated_after_a_lost_answer_registers_once",
            unavailable,
            "OutcomeUnknownTests.transfer_repeated_after_a_lost_answer_transfers_once",
            unavailable,
            "OutcomeUnknownTests.renewal_repeated_after_a_lost_answer_renews_once",
            unavailable));
  }

  @Test
  void a_renewal_without_the_expiry_guard_fails() {
    failsExactly(
        FakePlugins.IgnoresExpiryGuard.class,
        Map.of(
            "RenewalTests.renewal_guarded_by_a_wrong_expiry_is_refused_and_changes_nothing",
            "must fail with RejectedException",
            "OutcomeUnknownTests.renewal_repeated_after_a_lost_answer_renews_once",
            "the repeated renew() must not send the request again"));
  }

  @Test
  void a_logged_api_key_fails() {
    failsExactly(
        FakePlugins.LogsApiKey.class,
        Map.of(
            "SecretAndAuditTests.secrets_never_show_in_audit_logs_messages_or_reports",
            "a logged line contains a secret setting value from settings()"));
  }

  @Test
  void a_logged_auth_code_fails() {
    failsExactly(
        FakePlugins.LogsAuthCode.class,
        Map.of(
            "AuthCodeTests.auth_code_is_returned_and_kept_out_of_audit_and_logs",
            "a logged line contains the auth code"));
  }

  @Test
  void a_refused_key_repeated_in_messages_fails() {
    String leak = "contains a secret setting value from settingsWithBadCredentials()";
    failsExactly(
        FakePlugins.AuthFailureNamesTheKey.class,
        Map.of(
            "BadCredentialTests.lookup_with_refused_credentials_fails_authentication", leak,
            "BadCredentialTests.availability_with_refused_credentials_fails_authentication", leak,
            "BadCredentialTests.registration_with_refused_credentials_fails_authentication_and_registers_nothing",
                leak,
            "BadCredentialTests.listing_with_refused_credentials_fails_authentication", leak,
            "ConnectionTests.connection_test_with_bad_credentials_reports_them_instead_of_throwing",
                leak,
            "SecretAndAuditTests.secrets_never_show_in_audit_logs_messages_or_reports", leak));
  }

  @Test
  void an_api_key_setting_typed_text_fails() {
    failsExactly(
        FakePlugins.ApiKeyTypedText.class,
        Map.of(
            "DescriptorTests.settings_fields_and_inputs_that_hold_secrets_are_typed_secret",
            "setting 'apiKey' (API Key) is TEXT"));
  }

  @Test
  void a_refusal_without_the_registrar_code_fails() {
    failsExactly(
        FakePlugins.RejectsWithoutCode.class,
        Map.of(
            "RegistrationTests.taken_name_is_rejected_with_a_customer_message_and_a_registrar_code",
            "a refusal carries the registrar's code for staff"));
  }

  @Test
  void an_unaudited_call_fails() {
    failsExactly(
        FakePlugins.LookupNotAudited.class,
        Map.of(
            "SecretAndAuditTests.every_request_that_reaches_the_registrar_is_audited",
            "each request that reached the registrar needs one audit record"));
  }

  @Test
  void a_descriptor_that_changes_between_calls_fails() {
    failsExactly(
        FakePlugins.UnstableDescriptor.class,
        Map.of(
            "DescriptorTests.descriptor_is_the_same_on_every_call",
            "must describe the plugin the same way on every call; first call [version=1.0."));
  }

  @Test
  void a_lookup_under_an_unsold_tld_that_claims_an_outage_fails() {
    // the healthy fake answers that lookup NOT_SUPPORTED (the registry's "TLD not supported") and
    // passes; an answer that is neither "not found" nor "not supported" still fails
    failsExactly(
        FakePlugins.TldUnsupportedAsUnavailable.class,
        Map.of(
            "RegistrationTests.name_under_an_unsold_tld_is_refused_and_not_registered",
            "must fail with one of [NOT_FOUND, NOT_SUPPORTED], got UnavailableException"));
  }

  @Test
  void capabilities_declared_without_their_base_fail() {
    failsExactly(
        FakePlugins.ExtensionsWithoutBase.class,
        Map.of(
            "DescriptorTests.capabilities_that_extend_others_are_declared_with_them",
            "[PREMIUM_REGISTRATION without REGISTER, TRANSFER_RESTART without TRANSFER]"));
  }
}
