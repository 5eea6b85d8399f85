// Messages: a live "Messages: N unread" link for the signed-in officer, from /messages/stream (server-sent events;
// the browser reconnects by itself). On the inbox, each new message is announced with a link to it; on the CCC board,
// the board is reloaded at every message, acknowledgement or escalation event, and every 15 seconds. Paths and
// translated labels come from the script tag's and the page's data attributes (the Content-Security-Policy allows
// no inline script).
(() => {
  const script = document.currentScript;
  if (!script || !window.EventSource) {
    return;
  }
  const page = script.dataset.messages;
  const label = script.dataset.label || "{0}";
  let unread = 0;
  const badge = document.createElement("a");
  badge.className = "messages-badge";
  badge.href = page;
  badge.setAttribute("aria-live", "polite");
  const show = () => {
    badge.textContent = label.replace("{0}", unread.toLocaleString(document.documentElement.lang || undefined));
    badge.classList.toggle("messages-badge-new", unread > 0);
  };
  const ready = (work) => document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", work) : work();
  ready(() => {
    const session = document.querySelector(".session");
    if (session) {
      session.prepend(badge);
    }
  });
  show();
  const reloadBoard = () => {
    const board = document.querySelector("[data-ccc-board]");
    if (!board) {
      return;
    }
    fetch(board.dataset.board, { headers: { "HX-Request": "true" } })
      .then((response) => response.ok ? response.text() : Promise.reject(response.status))
      .then((html) => {
        const fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-ccc-board]");
        if (fresh) {
          board.replaceWith(fresh);
        }
      })
      .catch(() => {});
  };
  ready(() => {
    if (document.querySelector("[data-ccc-board]")) {
      setInterval(reloadBoard, 15000);
    }
  });
  const stream = new EventSource(page + "/stream");
  stream.addEventListener("unread", (event) => {
    unread = Number(event.data) || 0;
    badge.dataset.live = "true";
    show();
  });
  stream.addEventListener("message", (event) => {
    unread += 1;
    show();
    const live = document.querySelector("[data-live-messages]");
    if (live) {
      const notice = JSON.parse(event.data);
      const link = document.createElement("a");
      link.href = notice.link;
      link.textContent = (live.dataset.label || "{0} {1}").replace("{0}", notice.senderOffice).replace("{1}", notice.priority);
      const line = document.createElement("p");
      line.className = "live-message";
      line.append(link);
      live.append(line);
    }
    reloadBoard();
  });
  stream.addEventListener("acknowledged", reloadBoard);
  stream.addEventListener("escalation", reloadBoard);
})();
