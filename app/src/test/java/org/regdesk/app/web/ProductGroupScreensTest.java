package org.regdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.NotFoundException;
import org.regdesk.app.catalog.CustomFieldCommand;
import org.regdesk.app.catalog.CustomFieldDefinition;
import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFields;
import org.regdesk.app.catalog.ProductGroup;
import org.regdesk.app.catalog.ProductGroupCommand;
import org.regdesk.app.catalog.ProductGroups;
import org.regdesk.app.security.Role;
import org.regdesk.app.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

class ProductGroupScreensTest extends WebTestSupport {

  @Autowired ProductGroups productGroups;
  @Autowired CustomFields customFields;

  private MockHttpSession admin;

  @BeforeEach
  void signIn() throws Exception {
    admin = signedIn(Role.ADMIN);
  }

  @Test
  void aGroupIsCreatedWithTheDomainFieldsChosenForItAndListed() throws Exception {
    CustomFieldDefinition trademark = chosenGroupsField("Trademark");
    String name = CustomFieldScreensTest.unique("Spanish domains");

    mvc.perform(get("/admin/settings/products/groups/new").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">" + trademark.name() + "</option>")));
    mvc.perform(
            post("/admin/settings/products/groups")
                .session(admin)
                .with(csrf())
                .param("name", name)
                .param("description", "ccTLDs of Spain")
                .param("customFields", trademark.key()))
        .andExpect(redirectedUrl("/admin/settings/products/groups"))
        .andExpect(flash().attribute(Flash.SUCCESS, containsString("created")));

    ProductGroup group = byName(name);
    assertThat(customFields.domainFieldsOf(group.id())).contains(customFields.get(trademark.id()));
    mvc.perform(get("/admin/settings/products/groups").param("page", "1").session(admin))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("<h1>Settings › Products › Product groups</h1>")))
        .andExpect(content().string(containsString(">" + name + "</a>")))
        .andExpect(content().string(containsString("ccTLDs of Spain")))
        .andExpect(content().string(containsString(trademark.name())));
  }

  @Test
  void aBlankOrDuplicateNameAndAnUnknownFieldAreNamedAndNothingIsStored() throws Exception {
    ProductGroup existing =
        productGroups.create(
            new ProductGroupCommand(CustomFieldScreensTest.unique("Generic"), "", null, null));
    int before = productGroups.all().size();

    mvc.perform(
            post("/admin/settings/products/groups")
                .session(admin)
                .with(csrf())
                .param("name", existing.name().toUpperCase(java.util.Locale.ROOT))
                .param("customFields", "noSuchField"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("name: a product group named &#39;" + existing.name())))
        .andExpect(
            content()
                .string(
                    containsString(
                        "customFields: no domain field has the key &#39;noSuchField&#39;")))
        .andExpect(content().string(containsString("id=\"name-error\"")));
    mvc.perform(
            post("/admin/settings/products/groups").session(admin).with(csrf()).param("name", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name: is required")));

    assertThat(productGroups.all()).hasSize(before);
  }

  @Test
  void editingChangesTheFieldsThatApplyAndDeletingRemovesTheGroup() throws Exception {
    CustomFieldDefinition field = chosenGroupsField("Issuer");
    ProductGroup group =
        productGroups.create(
            new ProductGroupCommand(
                CustomFieldScreensTest.unique("Russian"), "", null, List.of(field.key())));

    mvc.perform(get("/admin/settings/products/groups/" + group.id()).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + field.key() + "\" selected")));
    mvc.perform(
            post("/admin/settings/products/groups/" + group.id())
                .session(admin)
                .with(csrf())
                .param("name", group.name())
                .param("description", "now without the issuer"))
        .andExpect(redirectedUrl("/admin/settings/products/groups"));

    assertThat(productGroups.get(group.id()).description()).isEqualTo("now without the issuer");
    assertThat(customFields.domainFieldsOf(group.id()))
        .doesNotContain(customFields.get(field.id()));

    mvc.perform(
            post("/admin/settings/products/groups/" + group.id() + "/delete")
                .session(admin)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/products/groups"))
        .andExpect(flash().attribute(Flash.SUCCESS, containsString("deleted")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> productGroups.get(group.id()))
        .isInstanceOf(NotFoundException.class);
    mvc.perform(get("/admin/settings/products/groups/" + group.id()).session(admin))
        .andExpect(status().isNotFound());
  }

  private CustomFieldDefinition chosenGroupsField(String name) {
    return customFields.create(
        CustomFieldKind.DOMAIN,
        new CustomFieldCommand(
            "", CustomFieldScreensTest.unique(name), "TEXT", false, null, false, null, null, null));
  }

  private ProductGroup byName(String name) {
    return productGroups.all().stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
