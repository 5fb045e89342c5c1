package org.regdesk.dondominio.sandbox.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The contacts of the account, in creation order, findable by ID and by data. IDs are three
 * letters, a hyphen and a sequence number ({@code QWE-2300017}); the letters come from the seeded
 * {@link IdSource}, so the same history yields the same IDs.
 */
final class ContactBook {
  static final Pattern ID_FORMAT = Pattern.compile("[A-Za-z]+-[0-9]+");
  private static final int FIRST_NUMBER = 2_300_001;

  private final Map<String, Contact> byId = new HashMap<>();
  private final Map<ContactData, Contact> byData = new HashMap<>();
  private final List<Contact> ordered = new ArrayList<>();
  private int nextNumber = FIRST_NUMBER;

  Optional<Contact> find(String id) {
    return Optional.ofNullable(byId.get(id.toUpperCase(Locale.ROOT)));
  }

  /** The contact with exactly this data, created when there is none yet. */
  Contact findOrCreate(ContactData data, IdSource ids, long nowMinute) {
    Contact existing = byData.get(data);
    if (existing != null) {
      return existing;
    }
    return create(data, ids, nowMinute);
  }

  /**
   * A new contact whose verification is in process and completes {@link
   * Lifecycle#CONTACT_VERIFICATION_MINUTES} later.
   */
  Contact create(ContactData data, IdSource ids, long nowMinute) {
    return create(
        data,
        ids.letters(3),
        VerificationStatus.INPROCESS,
        (int) (nowMinute + Lifecycle.CONTACT_VERIFICATION_MINUTES));
  }

  /** A new contact with the next number of the sequence. */
  Contact create(
      ContactData data, String letters, VerificationStatus status, int verifiesAtMinute) {
    Contact contact = new Contact(letters + "-" + nextNumber, data, status, verifiesAtMinute);
    add(contact);
    return contact;
  }

  /** Adds a contact built elsewhere (seeding, restore); its number advances the sequence. */
  void add(Contact contact) {
    if (byId.putIfAbsent(contact.id(), contact) != null) {
      throw new IllegalStateException("duplicate contact " + contact.id());
    }
    byData.putIfAbsent(contact.data(), contact);
    ordered.add(contact);
    int number = Integer.parseInt(contact.id().substring(contact.id().indexOf('-') + 1));
    nextNumber = Math.max(nextNumber, number + 1);
  }

  List<Contact> all() {
    return Collections.unmodifiableList(ordered);
  }
}
