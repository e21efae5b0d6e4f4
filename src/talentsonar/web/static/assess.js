// The assessment's timer: counts down from the server's seconds left, and takes the
// server's figure again after each saved answer (no inline script: CSP).
(function () {
  "use strict";
  var timer, left, last;

  function show() {
    var s = Math.max(0, left - Math.floor((Date.now() - last) / 1000));
    timer.textContent = Math.floor(s / 60) + " min " + (s % 60) + " s";
    if (s === 0) {
      var up = document.getElementById("time-up");
      if (up) up.hidden = false;
      return false;
    }
    return true;
  }

  function sync(seconds) {
    left = seconds;
    last = Date.now();
    show();
  }

  document.addEventListener("DOMContentLoaded", function () {
    timer = document.getElementById("timer");
    if (!timer) return;
    sync(parseInt(timer.getAttribute("data-seconds-left"), 10) || 0);
    var tick = setInterval(function () { if (!show()) clearInterval(tick); }, 1000);
    document.body.addEventListener("htmx:afterSettle", function (e) {
      var fresh = e.target.querySelector && e.target.querySelector("[data-seconds-left]");
      if (fresh && fresh !== timer) sync(parseInt(fresh.getAttribute("data-seconds-left"), 10) || 0);
    });
  });
})();
