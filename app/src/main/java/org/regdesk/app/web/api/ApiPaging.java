package org.regdesk.app.web.api;

import org.regdesk.app.FieldErrors;
import org.regdesk.app.storage.PageRequest;

/**
 * The paging query parameters of every API list: {@code ?page=1&size=50} (page from 1, size 1 to
 * {@value PageRequest#MAX_SIZE}). Out-of-range values are a {@code validation_failed} naming {@code
 * page} or {@code size}.
 */
public final class ApiPaging {

  /** Default of the {@code page} parameter. */
  public static final String DEFAULT_PAGE = "1";

  /** Default of the {@code size} parameter. */
  public static final String DEFAULT_SIZE = "50";

  private ApiPaging() {}

  /**
   * Checks the parameters.
   *
   * @param page the {@code page} parameter
   * @param size the {@code size} parameter
   * @return the request
   * @throws org.regdesk.app.ValidationException naming the bad parameter
   */
  public static PageRequest request(int page, int size) {
    FieldErrors errors = new FieldErrors();
    errors.check("page", page >= 1, "must be 1 or more");
    errors.check(
        "size",
        size >= 1 && size <= PageRequest.MAX_SIZE,
        "must be from 1 to " + PageRequest.MAX_SIZE);
    errors.throwIfAny();
    return new PageRequest(page, size);
  }
}
