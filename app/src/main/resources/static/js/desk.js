// Regdesk page behaviour. No inline scripts: the Content-Security-Policy allows only files.

// htmx requests carry the CSRF token from the layout's meta tags, like forms do.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// <form data-confirm="Question?"> asks before it is sent.
document.addEventListener("submit", function (event) {
  var question = event.target.getAttribute && event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Put focus on an error summary so screen readers announce it.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});
