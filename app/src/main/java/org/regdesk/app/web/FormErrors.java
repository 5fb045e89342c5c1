package org.regdesk.app.web;

import org.regdesk.app.ValidationException;
import org.regdesk.registrar.spi.value.FieldError;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's {@link ValidationException} into a form's {@link BindingResult}: an error whose
 * field is a property of the form object shows next to that field, any other in the summary. The
 * layout's {@code errorSummary} and {@code fieldError} fragments render them.
 */
public final class FormErrors {

  private FormErrors() {}

  /**
   * Copies the errors into the binding result.
   *
   * @param invalid the service's errors
   * @param result the form's binding result
   */
  public static void apply(ValidationException invalid, BindingResult result) {
    Object target = result.getTarget();
    BeanWrapper form =
        target == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(target);
    for (FieldError error : invalid.errors()) {
      if (form != null && form.isReadableProperty(error.field())) {
        result.rejectValue(error.field(), "invalid", error.message());
      } else {
        result.reject("invalid", error.field() + ": " + error.message());
      }
    }
  }
}
