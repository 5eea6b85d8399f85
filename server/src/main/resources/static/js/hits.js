// Hits: a live "New hits: N" link for the signed-in officer. N starts from the hits awaiting the office's answer and
// grows with every hit the server announces on /hits/stream (server-sent events; the browser reconnects by itself).
// The layout includes this file for signed-in officers only; the page path and the translated label come from the
// script tag's data attributes, since the Content-Security-Policy allows no inline script.
(() => {
  const script = document.currentScript;
  if (!script || !window.EventSource) {
    return;
  }
  const page = script.dataset.hits;
  const label = script.dataset.label || "{0}";
  let count = 0;
  const badge = document.createElement("a");
  badge.className = "hits-badge";
  badge.href = page;
  badge.setAttribute("aria-live", "polite");
  const show = () => {
    badge.textContent = label.replace("{0}", count.toLocaleString(document.documentElement.lang || undefined));
    badge.classList.toggle("hits-badge-new", count > 0);
  };
  const place = () => {
    const session = document.querySelector(".session");
    if (session) {
      session.prepend(badge);
    }
  };
  show();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", place);
  } else {
    place();
  }
  const stream = new EventSource(page + "/stream");
  stream.addEventListener("waiting", (event) => {
    count = Number(event.data) || 0;
    badge.dataset.live = "true";
    show();
  });
  stream.addEventListener("hit", () => {
    count += 1;
    show();
  });
})();
