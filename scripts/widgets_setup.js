/*
 * IL-2 textbook: make the ipywidgets HTML manager work from this site alone.
 *
 * Loaded on pages with widgets, after require.js and before
 * @jupyter-widgets/html-manager/dist/embed-amd.js (see nb_ipywidgets_js in _config.yml).
 * scripts/vendor_js.py copies it to _build/html/vendor/widgets-setup.js.
 *
 * 1. The manager finds its Font Awesome fonts relative to the URL that require.js gives its module
 *    "@jupyter-widgets/html-manager/dist/libembed-amd" (by default relative to the *page*, which
 *    404s). Map that module path to the folder the manager really lives in, computed from this
 *    script's own URL, so it works at any page depth and under any sub-path.
 * 2. Third-party widget modules would be fetched from a CDN (jsdelivr by default). Point that at
 *    this site instead (nothing is there: only the core ipywidgets controls render statically),
 *    so a page never requests anything from another host.
 * 3. The core controls typeset LaTeX in descriptions with the MathJax 2 API
 *    (MathJax.Hub.Queue); Sphinx loads MathJax 3. Provide that one call on top of MathJax 3.
 * 4. A slider's handle (role="slider") has no accessible name: give it the text of the slider's
 *    description label as aria-label.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var vendor = script.src.split(/[?#]/)[0].replace(/[^/]*$/, ""); // .../vendor/
  var manager = vendor + "html-manager";

  window.__jupyter_widgets_assets_path__ = manager + "/";
  if (window.requirejs) {
    window.requirejs.config({ paths: { "@jupyter-widgets/html-manager/dist": manager } });
  }
  // embed-amd.js reads this attribute from every <script> on the page when it loads.
  script.setAttribute("data-jupyter-widgets-cdn", vendor + "no-cdn/");

  function nameControls(root) {
    root.querySelectorAll(".widget-slider [role='slider']").forEach(function (handle) {
      var slider = handle.closest(".widget-slider");
      var label = slider && slider.querySelector(".widget-label");
      var text = label && label.textContent.trim();
      if (text && handle.getAttribute("aria-label") !== text) {
        handle.setAttribute("aria-label", text);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    // Widgets render after the page has loaded, and re-render when their state changes.
    nameControls(document);
    new MutationObserver(function () {
      nameControls(document);
    }).observe(document.body, {
      childList: true,
      subtree: true,
    });
  });

  document.addEventListener("DOMContentLoaded", function () {
    var mj = window.MathJax;
    if (!mj || mj.Hub || !mj.version || String(mj.version).charAt(0) === "2") {
      return;
    }
    mj.Hub = {
      Queue: function (command) {
        var element = command && command[2];
        var ready = (mj.startup && mj.startup.promise) || Promise.resolve();
        ready
          .then(function () {
            if (mj.typesetPromise) {
              return mj.typesetPromise(element ? [element] : undefined);
            }
          })
          .catch(function (err) {
            console.warn("widgets-setup: MathJax typesetting failed", err);
          });
      },
    };
  });
})();
