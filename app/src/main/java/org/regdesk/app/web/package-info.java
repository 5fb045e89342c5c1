/** Shared web infrastructure: the layout, errors pages, login, forms and paging helpers. */
package org.regdesk.app.web;
