/* Postpad preview: Mermaid diagrams drawn by the shell page (decision 0134).
 *
 * The core writes a diagram as text: div.mermaid-wrap.pp-diagram > pre.mermaid-src. Nothing in a
 * post runs; this script reads that text and asks the bundled Mermaid build to draw it. Qt
 * injects this script, then the build (vendor/mermaid.min.js), then calls loaded(api), once a
 * patch first carries a diagram: the shell page itself is unchanged, and a page without
 * diagrams never loads either. Later patches call draw() with the blocks they wrote.
 *
 * The drawing lives in the wrap's shadow root, so the light DOM stays exactly the core's HTML
 * (the page equals a full render) and a page without shadow support still shows the source.
 * Drawn SVG is cached by theme and source: a patch that rewrites a block re-draws only diagrams
 * whose text changed, and blocks the patch did not touch keep their DOM as it is.
 *
 * API: postpad.diagrams.loaded(api), .draw(elements), .retheme(), .stats()
 */
(function () {
  "use strict";
  var postpad = (window.postpad = window.postpad || {});
  var cache = new Map(); // theme + "\n" + source -> {svg} or {error}
  var CACHE_LIMIT = 200;
  var queue = Promise.resolve();
  var configured = null; // the theme Mermaid was initialised with
  // The API object handed over by the injected build. Never window.mermaid: a post's heading
  // "Mermaid" gets id="mermaid", and the element would answer to that name (DOM clobbering).
  var mermaid = null;
  var counter = 0;
  var stats = { renders: 0, errors: 0, lastMs: 0, firstMs: 0 };
  // What the page's CSP refused (an eval, a font from a CDN …): Mermaid must need none of it.
  var refused = []; // (recorded from the injection on)
  document.addEventListener("securitypolicyviolation", function (event) {
    refused.push(event.violatedDirective + " " + event.blockedURI);
    refused.splice(0, refused.length - 20);
  });
  var SHADOW_CSS =
    ":host { display: block; }" +
    ".pp-svg { text-align: center; overflow-x: auto; }" +
    ".pp-svg svg { max-width: 100%; height: auto; }" +
    ".pp-pending { opacity: 0.55; }" +
    ".pp-diagram-error { color: var(--pp-bad, #c62828); background: var(--pp-bad-bg, #fdecea);" +
    " border-radius: 4px; padding: 0.4em 0.8em; margin-bottom: 0.5em; white-space: pre-wrap;" +
    " font-size: 0.9em; }";

  function theme() {
    return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
  }

  function mermaidApi() {
    var api = mermaid;
    if (!api || typeof api.initialize !== "function") return null;
    if (configured !== theme()) {
      configured = theme();
      api.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        theme: configured === "dark" ? "dark" : "default",
        suppressErrorRendering: true,
        fontFamily: '"Segoe UI", "Noto Sans CJK SC", "PingFang SC", sans-serif',
      });
    }
    return api;
  }

  function sourceOf(wrap) {
    var pre = wrap.querySelector(":scope > pre.mermaid-src");
    return pre ? pre.textContent : null;
  }

  function shadowOf(wrap) {
    return wrap.shadowRoot || (wrap.attachShadow ? wrap.attachShadow({ mode: "open" }) : null);
  }

  function svgHtml(entry, dimmed) {
    return '<div class="pp-svg' + (dimmed ? " pp-pending" : "") + '">' + entry.svg + "</div>";
  }

  // An error shows Mermaid's message over the block's last good drawing, dimmed (a diagram
  // being typed stays in place), or over the source when there is none (the light DOM, slotted).
  function show(wrap, entry, pending, last) {
    var shadow = shadowOf(wrap);
    if (!shadow) return;
    var style = "<style>" + SHADOW_CSS + "</style>";
    if (entry.error !== undefined) {
      var below = last ? svgHtml(last, true) : "<slot></slot>";
      shadow.innerHTML = style + '<div class="pp-diagram-error"></div>' + below;
      shadow.querySelector(".pp-diagram-error").textContent = "Mermaid: " + entry.error;
    } else {
      // !important in the shadow tree beats the page's dashed placeholder frame on the host
      style += "<style>:host { border-color: transparent !important; }</style>";
      shadow.innerHTML = style + svgHtml(entry, pending);
    }
    wrap.ppDrawn = { key: entry.key, pending: !!pending };
  }

  function remember(key, entry) {
    entry.key = key;
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value);
    return entry;
  }

  function render(api, key, source) {
    var started = performance.now();
    stats.renders += 1;
    var id = "pp-mermaid-" + ++counter;
    return api.render(id, source).then(
      function (result) {
        stats.lastMs = performance.now() - started;
        if (!stats.firstMs) stats.firstMs = stats.lastMs;
        return remember(key, { svg: result.svg });
      },
      function (error) {
        stats.errors += 1;
        var stray = document.getElementById("d" + id); // a failed render may leave its sandbox
        if (stray) stray.remove();
        var message = error && error.message ? error.message : String(error);
        return remember(key, { error: message });
      }
    );
  }

  function block(wrap) {
    return wrap.closest(".pp-block");
  }

  // The last drawing of this block's n-th diagram, shown dimmed while its new text is drawn.
  function previous(wrap) {
    var owner = block(wrap);
    if (!owner || !owner.ppDiagrams) return null;
    var index = Array.prototype.indexOf.call(owner.querySelectorAll(".mermaid-wrap.pp-diagram"), wrap);
    return owner.ppDiagrams[theme() + index] || null;
  }

  function keep(wrap, entry) {
    var owner = block(wrap);
    if (!owner || entry.error !== undefined) return;
    var index = Array.prototype.indexOf.call(owner.querySelectorAll(".mermaid-wrap.pp-diagram"), wrap);
    owner.ppDiagrams = owner.ppDiagrams || {};
    owner.ppDiagrams[theme() + index] = entry;
  }

  function drawOne(api, wrap) {
    var source = sourceOf(wrap);
    if (source === null) return;
    var key = theme() + "\n" + source;
    if (wrap.ppDrawn && wrap.ppDrawn.key === key && !wrap.ppDrawn.pending) return;
    var hit = cache.get(key);
    var last = previous(wrap);
    if (hit) {
      show(wrap, hit, false, last);
      keep(wrap, hit);
      return;
    }
    if (last) show(wrap, last, true);
    queue = queue.then(nextTask).then(function () {
      // the wrap may have been replaced while earlier diagrams were drawn
      if (!wrap.isConnected || sourceOf(wrap) !== source || theme() + "\n" + source !== key) return;
      return (cache.get(key) ? Promise.resolve(cache.get(key)) : render(api, key, source)).then(
        function (entry) {
          if (!wrap.isConnected || sourceOf(wrap) !== source) return;
          show(wrap, entry, false, last);
          keep(wrap, entry);
        }
      );
    });
  }

  // Each drawing starts in a task of its own, so patches (the user typing) go in between the
  // drawings of a post with many diagrams instead of waiting for all of them.
  function nextTask() {
    return new Promise(function (resolve) {
      window.setTimeout(resolve, 0);
    });
  }

  function wrapsIn(elements) {
    var found = [];
    elements.forEach(function (element) {
      if (!element || !element.querySelectorAll) return;
      if (element.matches && element.matches(".mermaid-wrap.pp-diagram")) found.push(element);
      found.push.apply(found, element.querySelectorAll(".mermaid-wrap.pp-diagram"));
    });
    return found;
  }

  // Draw the diagrams inside ``elements`` (the blocks a patch wrote); others are left alone.
  function draw(elements) {
    try {
      return drawIn(elements);
    } catch (error) {
      console.error("diagrams: " + error); // a patch never fails because of a diagram
      return 0;
    }
  }

  function drawIn(elements) {
    var wraps = wrapsIn(elements);
    if (!wraps.length) return 0;
    var api = mermaidApi();
    if (!api) return 0;
    wraps.forEach(function (wrap) {
      drawOne(api, wrap);
    });
    return wraps.length;
  }

  function drawAll() {
    return draw([document.querySelector("[data-postpad-root]") || document.body]);
  }

  postpad.diagrams = {
    draw: draw,
    // Qt calls this right after injecting the Mermaid build: every diagram on the page so far.
    loaded: function (api) {
      mermaid = api;
      return drawAll();
    },
    retheme: drawAll,
    stats: function () {
      var drawn = document.querySelectorAll(".mermaid-wrap.pp-diagram");
      var svgs = 0;
      var settled = 0; // drawn or showing an error, not waiting for a drawing
      drawn.forEach(function (wrap) {
        if (wrap.shadowRoot && wrap.shadowRoot.querySelector("svg")) svgs += 1;
        if (wrap.ppDrawn && !wrap.ppDrawn.pending) settled += 1;
      });
      return {
        loaded: !!mermaid,
        renders: stats.renders,
        errors: stats.errors,
        lastMs: stats.lastMs,
        firstMs: stats.firstMs,
        diagrams: drawn.length,
        svgs: svgs,
        settled: settled,
        refused: refused.slice(),
      };
    },
  };
})();
