package org.regdesk.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page, so no controller adds it by hand: the current path (to mark
 * the active navigation entry) and the links of the pagination fragment. (The SANDBOX banner reads
 * the {@code deskMode} bean directly, so it shows on error pages too.)
 */
@ControllerAdvice
public class LayoutModel {

  /**
   * The path of this request, e.g. {@code /admin/domains}.
   *
   * @param request the request
   * @return the path without the context path
   */
  @ModelAttribute("currentPath")
  public String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /**
   * Links to other pages of this list, keeping its filters.
   *
   * @param request the request
   * @return the link builder
   */
  @ModelAttribute("pageLinks")
  public PageLinks pageLinks(HttpServletRequest request) {
    return PageLinks.of(request);
  }
}
