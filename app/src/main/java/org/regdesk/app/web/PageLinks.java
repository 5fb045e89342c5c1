package org.regdesk.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the link to another page of the current list: same path and filters, another {@code page}.
 * Used by the layout's {@code pagination} fragment.
 */
public final class PageLinks {

  private final UriComponentsBuilder current;

  private PageLinks(UriComponentsBuilder current) {
    this.current = current;
  }

  /**
   * Links for the current request.
   *
   * @param request the request
   * @return the builder
   */
  public static PageLinks of(HttpServletRequest request) {
    return new PageLinks(ServletUriComponentsBuilder.fromRequest(request));
  }

  /**
   * The link to a page, relative to the host, e.g. {@code /admin/domains?status=active&page=3}.
   *
   * @param page the page number
   * @return the link
   */
  public String to(int page) {
    return current
        .cloneBuilder()
        .scheme(null)
        .host(null)
        .port(null)
        .replaceQueryParam("page", page)
        .build()
        .encode()
        .toUriString();
  }
}
