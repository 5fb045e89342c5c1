package org.regdesk.app.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.CustomerCommand;

/** The customer form as typed, with the values of the customer custom fields by stable key. */
public class CustomerForm {

  private String firstName;
  private String lastName;
  private String organisation;
  private String email;
  private String phone;
  private String address1;
  private String address2;
  private String city;
  private String state;
  private String postalCode;
  private String country;
  private Map<String, String> customFields = new LinkedHashMap<>();

  /**
   * A form showing a stored customer.
   *
   * @param customer the customer
   * @return the form
   */
  public static CustomerForm of(Customer customer) {
    CustomerForm form = new CustomerForm();
    form.firstName = customer.firstName();
    form.lastName = customer.lastName();
    form.organisation = customer.organisation();
    form.email = customer.email().value();
    form.phone = customer.phone().e164();
    form.address1 = customer.address1();
    form.address2 = customer.address2();
    form.city = customer.city();
    form.state = customer.state();
    form.postalCode = customer.postalCode();
    form.country = customer.country().alpha2();
    form.customFields = new LinkedHashMap<>(customer.customFields());
    return form;
  }

  /**
   * The command this form asks for.
   *
   * @return the command
   */
  public CustomerCommand toCommand() {
    return new CustomerCommand(
        firstName,
        lastName,
        organisation,
        email,
        phone,
        address1,
        address2,
        city,
        state,
        postalCode,
        country,
        customFields);
  }

  /**
   * The first name.
   *
   * @return the text typed
   */
  public String getFirstName() {
    return firstName;
  }

  /**
   * Sets the field.
   *
   * @param firstName the text typed
   */
  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  /**
   * The last name.
   *
   * @return the text typed
   */
  public String getLastName() {
    return lastName;
  }

  /**
   * Sets the field.
   *
   * @param lastName the text typed
   */
  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  /**
   * The organisation; blank for an individual.
   *
   * @return the text typed
   */
  public String getOrganisation() {
    return organisation;
  }

  /**
   * Sets the field.
   *
   * @param organisation the text typed
   */
  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  /**
   * The e-mail address.
   *
   * @return the text typed
   */
  public String getEmail() {
    return email;
  }

  /**
   * Sets the field.
   *
   * @param email the text typed
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * The phone number as typed.
   *
   * @return the text typed
   */
  public String getPhone() {
    return phone;
  }

  /**
   * Sets the field.
   *
   * @param phone the text typed
   */
  public void setPhone(String phone) {
    this.phone = phone;
  }

  /**
   * The first address line.
   *
   * @return the text typed
   */
  public String getAddress1() {
    return address1;
  }

  /**
   * Sets the field.
   *
   * @param address1 the text typed
   */
  public void setAddress1(String address1) {
    this.address1 = address1;
  }

  /**
   * The second address line.
   *
   * @return the text typed
   */
  public String getAddress2() {
    return address2;
  }

  /**
   * Sets the field.
   *
   * @param address2 the text typed
   */
  public void setAddress2(String address2) {
    this.address2 = address2;
  }

  /**
   * The city.
   *
   * @return the text typed
   */
  public String getCity() {
    return city;
  }

  /**
   * Sets the field.
   *
   * @param city the text typed
   */
  public void setCity(String city) {
    this.city = city;
  }

  /**
   * The state or province.
   *
   * @return the text typed
   */
  public String getState() {
    return state;
  }

  /**
   * Sets the field.
   *
   * @param state the text typed
   */
  public void setState(String state) {
    this.state = state;
  }

  /**
   * The postal code.
   *
   * @return the text typed
   */
  public String getPostalCode() {
    return postalCode;
  }

  /**
   * Sets the field.
   *
   * @param postalCode the text typed
   */
  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  /**
   * The ISO country code.
   *
   * @return the text typed
   */
  public String getCountry() {
    return country;
  }

  /**
   * Sets the field.
   *
   * @param country the text typed
   */
  public void setCountry(String country) {
    this.country = country;
  }

  /**
   * The values of the customer custom fields, by stable key.
   *
   * @return key → value as typed
   */
  public Map<String, String> getCustomFields() {
    return customFields;
  }

  /**
   * Sets the custom field values.
   *
   * @param customFields key → value as typed
   */
  public void setCustomFields(Map<String, String> customFields) {
    this.customFields = customFields == null ? new LinkedHashMap<>() : customFields;
  }

  /** Shows nothing: every part is personal data. */
  @Override
  public String toString() {
    return "CustomerForm[…]";
  }
}
