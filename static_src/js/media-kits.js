// ER Integrazione: media kits. Loaded by the kit page and by its "preparing your download"
// page (templates/media_kits/includes/downloads.html, templates/media_kits/preparing.html).
// Everything works without it: the links download, the preparing page has a "check again"
// link. No inline code (the Content-Security-Policy forbids it), no cookie, no identifier.
(function () {
  "use strict";

  // --- Plays: one anonymous beacon the first time each video or audio starts -------------
  // The server adds one to the kit's counter for the day and the page's language; the
  // beacon carries nothing else (navigator.sendBeacon: no answer is read, nothing is kept).
  var beacon = document.querySelector("[data-kit-beacon]");
  if (beacon && navigator.sendBeacon) {
    var reported = [];
    document.addEventListener(
      "play",
      function (event) {
        var player = event.target;
        if (!(player instanceof HTMLMediaElement) || reported.indexOf(player) !== -1) {
          return;
        }
        reported.push(player);
        var data = new URLSearchParams();
        data.append("kit", beacon.getAttribute("data-kit-id"));
        data.append("language", beacon.getAttribute("data-kit-language"));
        data.append("kind", "play");
        navigator.sendBeacon(beacon.getAttribute("data-kit-beacon"), data);
      },
      true // "play" does not bubble: listen while it goes down to the player
    );
  }

  // --- The archive being built: follow its progress, download it when it is ready -------
  var status = document.querySelector("[data-kit-archive-status]");
  if (!status || !window.fetch) {
    return;
  }
  var statusUrl = status.getAttribute("data-kit-archive-status");
  var progress = status.querySelector("progress");
  var delay = 1000;
  var started = false;

  function show(state) {
    // One message per state is in the page, translated by the server; show the current one.
    status.querySelectorAll("[data-state]").forEach(function (message) {
      message.hidden = message.getAttribute("data-state") !== state;
    });
    status.setAttribute("data-current-state", state);
  }

  function check() {
    fetch(statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        if (answer.state === "ready") {
          show("ready");
          if (progress) {
            progress.value = 100;
          }
          var link = status.querySelector("[data-kit-archive-download]");
          if (link && answer.download_url) {
            link.href = answer.download_url;
          }
          if (!started && answer.download_url) {
            started = true;
            window.location.assign(answer.download_url);
          }
          return;
        }
        if (answer.state === "failed") {
          show("failed");
          return;
        }
        if (progress && typeof answer.progress === "number") {
          progress.value = answer.progress;
        }
        // Quick at first (a small kit is ready in seconds), then every five seconds.
        delay = Math.min(delay * 1.5, 5000);
        window.setTimeout(check, delay);
      })
      .catch(function () {
        // A network hiccup: try again later; the "check again" link stays usable.
        window.setTimeout(check, 5000);
      });
  }

  window.setTimeout(check, delay);
})();
