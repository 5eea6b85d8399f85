// htmx requests carry the CSRF token of the page, so that posts made by htmx pass Spring Security's check.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="csrf-token"]');
  const header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The language selector applies the choice at once. A listener here rather than an inline handler, because the
// Content-Security-Policy allows scripts from the platform's own files only.
document.addEventListener("change", (event) => {
  if (event.target instanceof HTMLSelectElement && event.target.id === "lang" && event.target.form) {
    event.target.form.submit();
  }
});
