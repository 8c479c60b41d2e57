/* global window, document, navigator */
// Runs before the page's bundle, in any engine Office may show the pane in: plain ES5, never
// compiled. Trident (Internet Explorer 11, used by Office when Edge is missing) and engines
// without what the bundle needs get a message instead of a blank pane; so does a bundle that
// fails to parse or to start (window.__cchcStarted is set by its first line).
(function () {
  'use strict';
  var shown = false;

  /** `always`: the engine is known to lack what the page needs, whatever the bundle managed. */
  function show(always) {
    if (shown || (window.__cchcStarted && always !== true)) return;
    shown = true;
    var box = document.getElementById('cchc-old-engine');
    var root = document.getElementById('root');
    if (root) root.style.display = 'none';
    if (box) box.removeAttribute('hidden');
  }

  var ua = navigator.userAgent || '';
  var lacking =
    /Trident\/|MSIE /.test(ua) ||
    typeof Promise === 'undefined' ||
    typeof Map === 'undefined' ||
    typeof Symbol === 'undefined' ||
    typeof Proxy === 'undefined' ||
    typeof fetch === 'undefined' ||
    typeof Worker === 'undefined' ||
    typeof Uint8Array === 'undefined' ||
    typeof Object.assign !== 'function' ||
    typeof Array.prototype.includes !== 'function';
  if (lacking) {
    window.__cchcOldEngine = true;
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', function () {
        show(true);
      });
    else show(true);
    return;
  }
  // A script that cannot be parsed reports a SyntaxError here; one that never arrives, nothing:
  // the load event then finds the page not started.
  window.addEventListener('error', function (event) {
    if (event && event.error && event.error.name === 'SyntaxError') show();
  });
  window.addEventListener('load', function () {
    setTimeout(show, 0);
  });
})();
