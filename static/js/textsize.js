// Text size: smaller / larger, remembered across pages. Without JavaScript the
// controls stay hidden and the browser's own zoom does the job.
(function () {
  "use strict";
  var KEY = "cndh-text-size";
  var SIZES = [87.5, 100, 112.5, 125, 150, 175, 200];
  var root = document.documentElement;

  function read() {
    try {
      var stored = parseFloat(window.localStorage.getItem(KEY));
      return SIZES.indexOf(stored) >= 0 ? stored : 100;
    } catch (e) {
      return 100;
    }
  }
  function apply(size) {
    root.style.fontSize = size === 100 ? "" : size + "%";
  }
  // Applied before the body is drawn, so the page does not jump.
  apply(read());

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector("[data-textsize]");
    if (!box) return;
    var status = box.querySelector("[data-textsize-status]");
    box.hidden = false;
    box.querySelectorAll("[data-textsize-step]").forEach(function (button) {
      button.addEventListener("click", function () {
        var index = SIZES.indexOf(read()) + parseInt(button.getAttribute("data-textsize-step"), 10);
        var size = SIZES[Math.max(0, Math.min(SIZES.length - 1, index))];
        try {
          window.localStorage.setItem(KEY, String(size));
        } catch (e) {
          /* private mode: the size still applies to this page */
        }
        apply(size);
        if (status) status.textContent = size + "%";
      });
    });
  });
})();
