package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code contact/list}, {@code contact/getinfo}, {@code contact/create}, {@code
 * contact/resendverificationmail} and {@code domain/resendverificationmail} (the owner's mail).
 * There is no {@code contact/update}: contacts change per domain through {@code
 * domain/updatecontacts}.
 */
final class ContactActions {
  private ContactActions() {}

  static void register(ActionTable table) {
    table.reads("contact/list", ContactActions::list);
    table.reads("contact/getinfo", ContactActions::getInfo);
    table.writes("contact/create", ContactActions::create);
    table.writes("contact/resendverificationmail", ContactActions::resendVerification);
    table.writes("domain/resendverificationmail", ContactActions::resendOwnerVerification);
  }

  private static ApiResult list(SandboxState state, Params params, CallContext call) {
    Paging paging = Paging.of(params);
    Predicate<Contact> filter = filter(params, call.minute());
    ArrayNode items = Json.array();
    int total = 0;
    for (Contact contact : state.contacts.all()) {
      if (!filter.test(contact)) {
        continue;
      }
      if (paging.contains(total)) {
        items.add(ContactViews.listItem(contact, call.minute()));
      }
      total++;
    }
    ObjectNode data = Json.object();
    data.set("queryInfo", paging.queryInfo(items.size(), total));
    data.set("contacts", items);
    return ApiResult.of(data);
  }

  /**
   * {@code name}: substring of the contact name, first, last or organisation name; {@code email}
   * and {@code identNumber}: exact, case-insensitive; {@code country}; {@code verificationstatus};
   * {@code daaccepted}.
   */
  private static Predicate<Contact> filter(Params params, long minute) {
    List<Predicate<Contact>> filters = new ArrayList<>();
    params
        .text("name")
        .ifPresent(
            value -> {
              String needle = value.toLowerCase(Locale.ROOT);
              filters.add(
                  c -> {
                    ContactData d = c.data();
                    return contains(d.contactName(), needle)
                        || contains(d.firstName(), needle)
                        || contains(d.lastName(), needle)
                        || contains(d.orgName(), needle);
                  });
            });
    params
        .text("email")
        .ifPresent(value -> filters.add(c -> c.data().email().equalsIgnoreCase(value)));
    params
        .text("country")
        .ifPresent(value -> filters.add(c -> c.data().country().equalsIgnoreCase(value)));
    params
        .text("identNumber")
        .ifPresent(value -> filters.add(c -> c.data().identNumber().equalsIgnoreCase(value)));
    params
        .text("verificationstatus")
        .ifPresent(
            value -> {
              VerificationStatus wanted = VerificationStatus.parse("verificationstatus", value);
              filters.add(c -> c.verification(minute) == wanted);
            });
    params
        .optionalFlag("daaccepted")
        .ifPresent(wanted -> filters.add(c -> c.daAccepted(minute) == wanted));
    return c -> {
      for (Predicate<Contact> f : filters) {
        if (!f.test(c)) {
          return false;
        }
      }
      return true;
    };
  }

  private static boolean contains(String haystack, String lowerNeedle) {
    return haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
  }

  private static ApiResult getInfo(SandboxState state, Params params, CallContext call) {
    Optional<String> infoType = params.text("infoType");
    if (infoType.isPresent() && !infoType.get().equalsIgnoreCase("data")) {
      throw ApiError.invalid("infoType", "the only value is data");
    }
    Contact contact = requireContact(state, params);
    return ApiResult.of(ContactViews.full(contact, call.minute()));
  }

  /** Always a new contact (with a new ID), even when one with the same data exists. */
  private static ApiResult create(SandboxState state, Params params, CallContext call) {
    ContactData data = ContactForm.unprefixed(params).read(false);
    Contact contact = state.contacts.create(data, state.ids, call.minute());
    return ApiResult.of(ContactViews.full(contact, call.minute()));
  }

  private static ApiResult resendVerification(SandboxState state, Params params, CallContext call) {
    Contact contact = requireContact(state, params);
    contact.restartVerification(call.minute());
    ObjectNode data = Json.object();
    data.put("contactID", contact.id());
    data.put("verificationstatus", contact.verification(call.minute()).wire());
    return ApiResult.of(data);
  }

  private static ApiResult resendOwnerVerification(
      SandboxState state, Params params, CallContext call) {
    Domain domain = DomainSelector.require(state, params);
    boolean restarted = domain.owner.restartVerification(call.minute());
    domain.record(
        call.history(
            "Verification mail",
            restarted
                ? "Verification mail sent to " + domain.owner.data().email()
                : "The owner contact needs no verification"));
    ObjectNode data = DomainViews.base(domain);
    data.put("ownerverification", domain.owner.verification(call.minute()).wire());
    return ApiResult.of(data);
  }

  /** {@code contactID}: 101 when missing, 105 when malformed, 3001 when unknown. */
  private static Contact requireContact(SandboxState state, Params params) {
    String id = params.required("contactID");
    if (!ContactBook.ID_FORMAT.matcher(id).matches()) {
      throw ApiError.invalid("contactID", "expected a contact ID like ABC-12345");
    }
    return state
        .contacts
        .find(id)
        .orElseThrow(
            () ->
                ApiError.about(
                    ErrorCodes.CONTACT_NOT_EXISTS, "contactID", "Contact does not exist: " + id));
  }
}
