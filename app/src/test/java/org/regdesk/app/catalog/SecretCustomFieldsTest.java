package org.regdesk.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.regdesk.app.FieldErrors;
import org.regdesk.app.ValidationException;
import org.regdesk.app.security.SecretBox;
import org.regdesk.app.security.SecretKeySource;
import org.regdesk.app.testing.DatabaseTest;
import org.regdesk.app.testing.MutableClock;
import org.regdesk.app.testing.TestDatabase;
import org.regdesk.registrar.spi.descriptor.FieldDefinition;

/** SECRET domain fields: their values leave the catalog sealed and are masked when shown. */
class SecretCustomFieldsTest {

  private static final String PASSWORD = "Aero pass-Word 42";

  @TempDir Path dir;

  @DatabaseTest
  void aSecretValueIsSealedMaskedAndOpenedOnlyOnRequest(TestDatabase db) {
    SecureRandom random = new SecureRandom();
    SecretBox box = new SecretBox(SecretKeySource.load(null, dir.resolve("key"), random), random);
    CustomFields fields = fields(db, box);
    long group = new ProductGroupRepository(db.jdbc()).insert("Aero", "", ProductGroupType.DOMAIN);
    CustomFieldDefinition password =
        fields.create(
            CustomFieldKind.DOMAIN,
            CustomFieldCommand.fromPluginField(
                FieldDefinition.secret("aeroPassword", "Aero Password").required().build(), group));
    assertThat(password.type()).isEqualTo(CustomFieldType.SECRET);

    CheckedFieldValues checked =
        fields.validateDomainValues(group, Map.of("aeroPassword", PASSWORD));

    String stored = checked.value("aeroPassword").orElseThrow();
    assertThat(stored).doesNotContain(PASSWORD).doesNotContain("Aero").startsWith("v1:");
    assertThat(fields.reveal(password, stored)).isEqualTo(PASSWORD);
    assertThat(password.display(stored)).isEqualTo(CustomFieldDefinition.MASK);
    assertThat(checked.toString()).doesNotContain(PASSWORD);
    // a feature's value store writes the checked value as it is: the database sees no plaintext
    db.jdbc()
        .sql("CREATE TABLE probe_field_values (field_id BIGINT, field_value VARCHAR(2000))")
        .update();
    for (CheckedFieldValues.FieldValue value : checked.values()) {
      db.jdbc()
          .sql("INSERT INTO probe_field_values VALUES (:id, :value)")
          .param("id", value.field().id())
          .param("value", value.value())
          .update();
    }
    List<String> rows =
        db.jdbc().sql("SELECT field_value FROM probe_field_values").query(String.class).list();
    assertThat(rows).hasSize(1).noneMatch(row -> row.contains(PASSWORD));
    // sealing twice gives different texts: equal passwords cannot be spotted in the database
    assertThat(fields.validateDomainValues(group, Map.of("aeroPassword", PASSWORD)).byKey())
        .doesNotContainValue(stored);
  }

  @DatabaseTest
  void aCustomerFieldCannotBeSecretAndBadSecretsAreNamed(TestDatabase db) {
    SecureRandom random = new SecureRandom();
    SecretBox box = new SecretBox(SecretKeySource.load(null, dir.resolve("key"), random), random);
    CustomFields fields = fields(db, box);
    assertThatThrownBy(
            () ->
                fields.create(
                    CustomFieldKind.CUSTOMER,
                    new CustomFieldCommand(
                        null, "Passport PIN", "secret", false, null, null, null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("type: SECRET is for domain fields only");
    fields.create(
        CustomFieldKind.DOMAIN,
        new CustomFieldCommand(
            null, "Registry PIN", "SECRET", false, null, null, null, null, null));
    FieldErrors errors = new FieldErrors();
    fields.checkDomainValues(
        new ProductGroupRepository(db.jdbc()).insert("G", "", ProductGroupType.DOMAIN),
        Map.of("registryPin", "x".repeat(257)),
        "domainFields.",
        errors);
    assertThatThrownBy(errors::throwIfAny)
        .hasMessageContaining("domainFields.registryPin: must be at most 256 characters")
        .hasMessageNotContaining("xxxx");
  }

  private static CustomFields fields(TestDatabase db, SecretBox box) {
    return new CustomFields(
        new CustomFieldRepository(db.jdbc()),
        new ProductGroupRepository(db.jdbc()),
        List.of(),
        new MutableClock(),
        box);
  }
}
