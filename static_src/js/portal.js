// ER Integrazione: the few behaviours that need a script. Everything works without it;
// this file only adds to the page (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  "use strict";

  // External videos: nothing is requested from the provider until the reader clicks.
  function loadVideo(figure) {
    var consent = figure.querySelector(".portal-video-consent");
    var frame = document.createElement("iframe");
    frame.src = figure.getAttribute("data-embed-src");
    frame.title = figure.getAttribute("data-embed-title") || "";
    frame.setAttribute("allow", "fullscreen; picture-in-picture");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("loading", "lazy");
    frame.className = "portal-video-frame";
    consent.replaceWith(frame);
    frame.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".portal-video-load");
    if (button) {
      loadVideo(button.closest(".portal-video"));
    }
  });

  // The language menu closes when the reader presses Escape or clicks elsewhere.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.querySelectorAll("details.portal-languages[open]").forEach(function (menu) {
        menu.removeAttribute("open");
        menu.querySelector("summary").focus();
      });
    }
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.portal-languages[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.removeAttribute("open");
      }
    });
  });
})();
