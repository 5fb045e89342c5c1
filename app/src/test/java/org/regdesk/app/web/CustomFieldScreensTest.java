package org.regdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.CustomerCommand;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.security.Role;
import org.regdesk.app.storage.PageRequest;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

class CustomFieldScreensTest extends WebTestSupport {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired CustomFields customFields;
  @Autowired ProductGroups productGroups;
  @Autowired Customers customers;

  private MockHttpSession admin;

  @BeforeEach
  void signIn() throws Exception {
    admin = signedIn(Role.ADMIN);
  }

  @Test
  void theListShowsBothKindsWithKeysAndTheSeededCustomerFields() throws Exception {
    String name = unique("Intended Use");
    customFields.create(
        CustomFieldKind.DOMAIN,
        new CustomFieldCommand("", name, "TEXT", true, null, null, null, null, null));

    mvc.perform(get("/admin/settings/custom-fields").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Settings › Custom Fields</h1>")))
        .andExpect(content().string(containsString(">VAT Number</a>")))
        .andExpect(content().string(containsString(">vatNumber</td>")))
        .andExpect(content().string(containsString(">identityNumber</td>")))
        .andExpect(content().string(containsString(">Date of Birth</a>")))
        .andExpect(content().string(containsString(">" + name + "</a>")))
        .andExpect(content().string(containsString("All product groups")))
        .andExpect(
            content()
                .string(containsString("href=\"/admin/settings/custom-fields/new?kind=domain\"")));
  }

  @Test
  void aDomainFieldIsCreatedFromTheFormWithItsOptionsAndChosenGroups() throws Exception {
    ProductGroup group =
        productGroups.create(new ProductGroupCommand(unique("Adult"), "", null, null));
    String name = unique("Class");

    mvc.perform(get("/admin/settings/custom-fields/new").param("kind", "domain").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("New domain field")))
        .andExpect(content().string(containsString(">" + group.name() + "</option>")));
    mvc.perform(
            post("/admin/settings/custom-fields")
                .session(admin)
                .with(csrf())
                .param("kind", "domain")
                .param("name", name)
                .param("key", "")
                .param("type", "CHOICE")
                .param("options", "default | Default\r\nmembership|Membership\n\nnonResolver")
                .param("required", "true")
                .param("appliesTo", "chosen")
                .param("groupIds", String.valueOf(group.id())))
        .andExpect(redirectedUrl("/admin/settings/custom-fields"))
        .andExpect(flash().attribute(Flash.SUCCESS, containsString("created with the key")));

    CustomFieldDefinition created = byName(CustomFieldKind.DOMAIN, name);
    assertThat(created.key()).startsWith("class");
    assertThat(created.required()).isTrue();
    assertThat(created.options())
        .extracting(o -> o.value() + "=" + o.label())
        .containsExactly("default=Default", "membership=Membership", "nonResolver=nonResolver");
    assertThat(created.allGroups()).isFalse();
    assertThat(created.groupIds()).containsExactly(group.id());
    mvc.perform(get("/admin/settings/custom-fields").session(admin))
        .andExpect(content().string(containsString(">" + group.name() + "</td>")));
  }

  @Test
  void badInputShowsEveryErrorNextToItsFieldAndCreatesNothing() throws Exception {
    long before = customFields.list(null, PageRequest.first()).totalItems();

    mvc.perform(
            post("/admin/settings/custom-fields")
                .session(admin)
                .with(csrf())
                .param("kind", "customer")
                .param("name", "")
                .param("key", "bad key")
                .param("type", "CHOICE")
                .param("options", "")
                .param("linkedCustomerField", "shoeSize"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("class=\"error-summary\"")))
        .andExpect(content().string(containsString("name: is required")))
        .andExpect(content().string(containsString("key: must start with a letter")))
        .andExpect(
            content().string(containsString("options: a choice field needs at least one option")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "linkedCustomerField: must be one of identityNumber, dateOfBirth")))
        .andExpect(content().string(containsString("id=\"options-error\"")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(containsString("New customer field")));

    assertThat(customFields.list(null, PageRequest.first()).totalItems()).isEqualTo(before);
  }

  @Test
  void aDuplicateKeyIsNamedAndTheFirstFieldStaysAlone() throws Exception {
    String key = "dup" + NAMES.incrementAndGet();
    customFields.create(
        CustomFieldKind.DOMAIN,
        new CustomFieldCommand(key, unique("First"), "TEXT", false, null, null, null, null, null));

    mvc.perform(
            post("/admin/settings/custom-fields")
                .session(admin)
                .with(csrf())
                .param("kind", "domain")
                .param("name", unique("Second"))
                .param("key", key)
                .param("type", "TEXT"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "key: &#39;" + key + "&#39; is already the key of the domain field")));

    assertThat(
            customFields.definitions(CustomFieldKind.DOMAIN).stream()
                .filter(f -> f.key().equals(key)))
        .hasSize(1);
  }

  @Test
  void editingRenamesButTheKeyStays() throws Exception {
    CustomFieldDefinition field =
        customFields.create(
            CustomFieldKind.CUSTOMER,
            new CustomFieldCommand(
                "", unique("Passport"), "TEXT", false, null, null, null, null, null));
    String renamed = unique("Passport number");

    mvc.perform(get("/admin/settings/custom-fields/" + field.id()).session(admin))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("value=\"" + field.key() + "\" class=\"mono\" readonly")));
    mvc.perform(
            post("/admin/settings/custom-fields/" + field.id())
                .session(admin)
                .with(csrf())
                .param("kind", "domain") // ignored: the kind stays
                .param("key", "somethingElse") // ignored: the key stays
                .param("name", renamed)
                .param("type", "TEXT")
                .param("inSignup", "true"))
        .andExpect(redirectedUrl("/admin/settings/custom-fields"));

    CustomFieldDefinition changed = customFields.get(field.id());
    assertThat(changed.key()).isEqualTo(field.key());
    assertThat(changed.kind()).isEqualTo(CustomFieldKind.CUSTOMER);
    assertThat(changed.name()).isEqualTo(renamed);
    assertThat(changed.inSignup()).isTrue();
  }

  @Test
  void aFieldHoldingValuesIsNotDeletedAndItsOptionsInUseStay() throws Exception {
    CustomFieldDefinition field =
        customFields.create(
            CustomFieldKind.CUSTOMER,
            new CustomFieldCommand(
                "",
                unique("Segment"),
                "CHOICE",
                false,
                List.of(
                    new CustomFieldCommand.Option("retail", "Retail"),
                    new CustomFieldCommand.Option("reseller", "Reseller")),
                null,
                null,
                null,
                null));
    Customer holder =
        customers.create(
            customer(unique("holder") + "@example.org", Map.of(field.key(), "retail")));

    mvc.perform(
            post("/admin/settings/custom-fields/" + field.id() + "/delete")
                .session(admin)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/custom-fields/" + field.id()))
        .andExpect(
            flash().attribute(Flash.ERROR, containsString("holds 1 value; it cannot be deleted")));
    mvc.perform(
            post("/admin/settings/custom-fields/" + field.id())
                .session(admin)
                .with(csrf())
                .param("name", field.name())
                .param("type", "CHOICE")
                .param("options", "reseller | Reseller"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString("still holds values of the option &#39;retail&#39; (1 value)")));
    assertThat(customFields.get(field.id()).options()).hasSize(2);

    customers.delete(holder.id());
    mvc.perform(
            post("/admin/settings/custom-fields/" + field.id() + "/delete")
                .session(admin)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/custom-fields"))
        .andExpect(flash().attribute(Flash.SUCCESS, containsString("deleted")));
    mvc.perform(get("/admin/settings/custom-fields/" + field.id()).session(admin))
        .andExpect(status().isNotFound());
  }

  @Test
  void anUnknownKindOrFieldIsNotFoundAndCustomersMayNotEnter() throws Exception {
    mvc.perform(get("/admin/settings/custom-fields/new").param("kind", "hosting").session(admin))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/settings/custom-fields/99999999").session(admin))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Exception"))));
    mvc.perform(get("/admin/settings/custom-fields").session(signedIn(Role.CUSTOMER)))
        .andExpect(status().isForbidden());
  }

  private CustomFieldDefinition byName(CustomFieldKind kind, String name) {
    return customFields.definitions(kind).stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static String unique(String name) {
    return name + " " + NAMES.incrementAndGet();
  }

  static CustomerCommand customer(String email, Map<String, String> values) {
    return new CustomerCommand(
        "Test",
        "Customer",
        null,
        email.replace(' ', '-'),
        "+34 912 34 56 78",
        "Calle Mayor 1",
        null,
        "Madrid",
        null,
        "28013",
        "ES",
        values);
  }
}
