/* Postpad preview page script. Loaded once with the shell page; the editor then only sends
 * block patches, so the page never reloads, keeps its scroll position and does not flicker.
 *
 * API called from Qt:  postpad.applyPatch(batch), postpad.setTheme(name), postpad.scrollToLine(n),
 * postpad.setPostHeader(header)
 * Reports to Qt through the QWebChannel object "bridge": blockClicked(line), scrolledToLine(line).
 *
 * A batch is {version, base, ops}: base is the version the ops were computed against (null for a
 * reset). A batch whose base does not match the page's version is refused (returns -1) so that Qt
 * can send a full reset instead of leaving the page out of step.
 */
(function () {
  "use strict";
  var postpad = (window.postpad = window.postpad || {});
  var bridge = null;
  var version = 0;
  var ignoreScrollUntil = 0;
  var scrollQueued = false;

  function root() {
    return (
      document.querySelector("[data-postpad-root]") ||
      document.getElementById("postpad-root") ||
      document.querySelector("main") ||
      document.body
    );
  }

  // Block ids live in a Map (not in the DOM), so the page's HTML stays exactly the core's
  // full-render HTML: <div class="pp-block" data-line="…" data-line-end="…">…</div>.
  var blocksById = new Map();
  var patched = []; // blocks this batch wrote: their diagrams are drawn after it (diagrams.js)

  function setLines(element, first, last) {
    element.dataset.line = first;
    element.dataset.lineEnd = last;
  }

  function makeBlock(op) {
    var element = document.createElement("div");
    element.className = "pp-block";
    setLines(element, op.first, op.last);
    element.innerHTML = op.html;
    element.ppId = op.id;
    blocksById.set(op.id, element);
    patched.push(element);
    return element;
  }

  // Long posts are split into chunks of blocks with CSS containment, so that an edit costs
  // layout and paint for one chunk, not for a flow of thousands of siblings. Short posts keep
  // exactly the core's full-render DOM.
  var LONG_POST_BLOCKS = 400;
  var CHUNK = 64;
  var chunked = false;
  var containment = null;

  function useContainment() {
    if (containment || !document.adoptedStyleSheets || typeof CSSStyleSheet === "undefined") return;
    // A constructed style sheet is CSSOM, which the page's CSP allows (no inline <style>).
    containment = new CSSStyleSheet();
    containment.replaceSync(
      ".pp-chunk { contain: layout style; content-visibility: auto; " +
        "contain-intrinsic-size: auto 1200px; }"
    );
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([containment]);
  }

  function makeChunk() {
    var chunk = document.createElement("div");
    chunk.className = "pp-chunk";
    chunk.ppShift = 0;
    return chunk;
  }

  // Line shifts of long posts are lazy per chunk: a new line near the top adds the delta to
  // each later chunk's ppShift (one number per 64 blocks) instead of rewriting thousands of
  // data-line attributes inside the key press. Readers use lineOf(); the attributes are
  // brought up to date before a chunk is edited and, a few chunks at a time, when idle.
  var settleQueued = false;
  var SETTLE_CHUNKS = 8;

  function pendingShift(element) {
    var parent = element.parentElement;
    return chunked && parent && parent.ppShift ? parent.ppShift : 0;
  }

  function lineOf(element) {
    return Number(element.dataset.line) + pendingShift(element);
  }

  function lineEndOf(element) {
    return Number(element.dataset.lineEnd) + pendingShift(element);
  }

  function moveLines(element, delta) {
    setLines(element, Number(element.dataset.line) + delta, Number(element.dataset.lineEnd) + delta);
  }

  function settle(chunk) {
    if (!chunk || !chunk.ppShift) return;
    var delta = chunk.ppShift;
    chunk.ppShift = 0;
    for (var element = chunk.firstElementChild; element; element = element.nextElementSibling) {
      moveLines(element, delta);
    }
  }

  function settleSome() {
    settleQueued = false;
    var left = SETTLE_CHUNKS;
    for (var chunk = root().firstElementChild; chunk; chunk = chunk.nextElementSibling) {
      if (!chunk.ppShift) continue;
      if (left-- === 0) {
        queueSettle();
        return;
      }
      settle(chunk);
    }
  }

  function queueSettle() {
    if (settleQueued) return;
    settleQueued = true;
    window.setTimeout(settleSome, 50);
  }

  function chunkOf(element) {
    return chunked && element && element.parentElement && element.parentElement.className === "pp-chunk"
      ? element.parentElement
      : null;
  }

  function reset(container, blocks) {
    blocksById.clear();
    container.textContent = "";
    chunked = blocks.length >= LONG_POST_BLOCKS;
    if (chunked) useContainment();
    var fragment = document.createDocumentFragment();
    var chunk = null;
    blocks.forEach(function (block, index) {
      if (!chunked) {
        fragment.appendChild(makeBlock(block));
        return;
      }
      if (index % CHUNK === 0) chunk = fragment.appendChild(makeChunk());
      chunk.appendChild(makeBlock(block));
    });
    container.appendChild(fragment);
  }

  function insert(container, op) {
    var element = makeBlock(op);
    var after = op.after == null ? null : blocksById.get(op.after);
    if (after) {
      settle(chunkOf(after));
      after.after(element);
    } else if (chunked) {
      var first = container.firstElementChild || container.appendChild(makeChunk());
      settle(first);
      first.insertBefore(element, first.firstChild);
    } else {
      container.insertBefore(element, container.firstChild);
    }
    var chunk = element.parentElement;
    if (chunked && chunk.childElementCount > 2 * CHUNK) {
      var half = makeChunk();
      while (chunk.childElementCount > CHUNK) half.insertBefore(chunk.lastElementChild, half.firstChild);
      chunk.after(half);
    }
  }

  function remove(op) {
    var element = blocksById.get(op.id);
    blocksById.delete(op.id);
    if (!element) return;
    var parent = element.parentElement;
    element.remove();
    if (chunked && parent && parent.className === "pp-chunk" && !parent.firstElementChild) {
      parent.remove();
    }
  }

  function shiftFrom(element, skip, delta) {
    // the blocks from element to the end of its own container
    for (; element; element = element.nextElementSibling) {
      if (element.ppId && !skip.has(element.ppId)) moveLines(element, delta);
    }
  }

  function shiftLines(container, op) {
    var skip = new Set(op.skip || []);
    var start = op.after == null ? null : blocksById.get(op.after);
    if (!chunked) {
      shiftFrom(start ? start.nextElementSibling : container.firstElementChild, skip, op.delta);
      return;
    }
    // chunks holding a block this batch wrote keep exact attributes (those blocks do not move)
    var written = new Set();
    skip.forEach(function (id) {
      var chunk = chunkOf(blocksById.get(id));
      if (chunk) written.add(chunk);
    });
    var chunk = start ? chunkOf(start) : container.firstElementChild;
    if (chunk && start) {
      settle(chunk);
      shiftFrom(start.nextElementSibling, skip, op.delta);
      chunk = chunk.nextElementSibling;
    }
    for (; chunk; chunk = chunk.nextElementSibling) {
      if (written.has(chunk)) {
        settle(chunk);
        shiftFrom(chunk.firstElementChild, skip, op.delta);
      } else {
        chunk.ppShift = (chunk.ppShift || 0) + op.delta;
      }
    }
    queueSettle();
  }

  function applyOp(container, op) {
    var element;
    switch (op.op) {
      case "reset":
        reset(container, op.blocks);
        break;
      case "insert":
        insert(container, op);
        break;
      case "replace":
        element = blocksById.get(op.id);
        if (!element) throw new Error("unknown block " + op.id);
        settle(chunkOf(element));
        element.innerHTML = op.html;
        setLines(element, op.first, op.last);
        patched.push(element);
        break;
      case "remove":
        remove(op);
        break;
      case "shift":
        shiftLines(container, op);
        break;
    }
  }

  postpad.applyPatch = function (batch) {
    if (batch.base !== null && batch.base !== version) return -1;
    var container = root();
    try {
      batch.ops.forEach(function (op) {
        applyOp(container, op);
      });
    } catch (error) {
      patched = [];
      version = -1; // out of step: Qt answers with a reset
      return -1;
    }
    version = batch.version;
    if (postpad.diagrams && patched.length) postpad.diagrams.draw(patched);
    patched = [];
    return version;
  };

  // The post header (decision 0234): title, Butterfly's banner and meta line, in a <header>
  // before the body's container, so the blocks' DOM (and what fidelity compares) is unchanged.
  // Text goes in as text; the banner's background through single CSSOM properties.
  var postHeader = null;

  function headerElement() {
    if (postHeader) return postHeader;
    postHeader = document.createElement("header");
    postHeader.id = "pp-post-header";
    var main = root();
    main.parentNode.insertBefore(postHeader, main);
    postHeader.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest("a[href]")) return;
      if (bridge && postHeader.ppLine) bridge.blockClicked(postHeader.ppLine);
    });
    return postHeader;
  }

  function span(className, text) {
    var element = document.createElement("span");
    element.className = className;
    element.textContent = text;
    return element;
  }

  function metaLine(meta) {
    var line = document.createElement("div");
    line.className = "pp-post-meta";
    meta.forEach(function (item, index) {
      if (index > 0) line.appendChild(span("pp-post-meta-separator", "|"));
      if (item.kind === "categories") {
        item.items.forEach(function (name, at) {
          if (at > 0) line.appendChild(span("pp-post-meta-separator", "›"));
          line.appendChild(span("pp-post-category", name));
        });
        return;
      }
      var part = span("pp-post-date pp-post-" + item.kind, "");
      part.appendChild(span("pp-post-meta-label", item.label));
      part.appendChild(document.createTextNode(" "));
      part.appendChild(span("pp-post-date-text", item.text));
      line.appendChild(part);
    });
    return line;
  }

  var UNSAFE_CSS = /url\s*\(|\\|[;{}<>"']/i; // core/postheader/css_value.py refuses these first

  function paintBanner(element, data) {
    var banner = data.banner;
    element.classList.add("pp-banner");
    if (data.mask) element.classList.add("pp-mask");
    element.style.backgroundColor = data.themeColor; // Butterfly's colour under the image
    if (banner.kind === "image") {
      element.style.backgroundImage = "url(" + JSON.stringify(banner.value) + ")";
    } else if (banner.kind === "color" && !UNSAFE_CSS.test(banner.value)) {
      element.style.backgroundColor = banner.value;
    } else if (banner.kind === "background" && !UNSAFE_CSS.test(banner.value)) {
      element.style.background = banner.value;
    }
    var why = banner.blocked ? "blocked" : banner.missing ? "missing" : banner.refused ? "refused" : "";
    if (why) {
      element.dataset.ppBanner = why;
      element.title = banner.written;
      var note = (data.notes && data.notes[why]) || "";
      if (note) element.appendChild(span("pp-banner-note", note.replace("%1", banner.written)));
    }
    var random = banner.random && data.notes && data.notes.random; // decision 0242
    if (random) element.title = element.title ? element.title + "\n" + random : random;
  }

  postpad.setPostHeader = function (data) {
    var element = headerElement();
    element.textContent = "";
    element.removeAttribute("style");
    element.removeAttribute("title");
    delete element.dataset.ppBanner;
    element.className = "pp-post-header";
    element.hidden = !data.show;
    element.ppLine = data.show ? data.line : 0;
    if (!data.show) return false;
    element.classList.add(data.style === "butterfly" ? "pp-butterfly" : "pp-plain");
    if (data.page) element.classList.add("pp-page");
    if (data.style === "butterfly") {
      if (data.banner) paintBanner(element, data);
      else element.classList.add("pp-no-banner");
    }
    var info = document.createElement("div");
    info.className = "pp-post-info";
    var title = document.createElement("h1");
    title.className = "pp-post-title";
    title.textContent = data.title;
    info.appendChild(title);
    if (data.meta && data.meta.length) info.appendChild(metaLine(data.meta));
    element.appendChild(info);
    return true;
  };

  postpad.version = function () {
    return version;
  };

  postpad.setTheme = function (name) {
    document.documentElement.dataset.theme = name;
    document.documentElement.classList.toggle("dark", name === "dark");
    document.documentElement.style.colorScheme = name === "dark" ? "dark" : "light";
    if (postpad.diagrams) postpad.diagrams.retheme();
    return name;
  };

  function blockRect(element) {
    // Blocks are display: contents; measure their content instead.
    var range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect();
  }

  // Long posts are searched chunk by chunk (a chunk's first block tells whether the line is
  // in it or later), so scroll sync costs ~150 + 64 steps at 1 MB, not one per block.
  function candidates(accept) {
    var container = root();
    if (!chunked) return Array.prototype.slice.call(container.children);
    var found = null;
    for (var chunk = container.firstElementChild; chunk; chunk = chunk.nextElementSibling) {
      if (!chunk.firstElementChild) continue;
      if (found && !accept(chunk)) break;
      found = chunk;
    }
    if (!found) return [];
    // and the next chunk, in case the line (or the top) is right after this one's last block
    var list = Array.prototype.slice.call(found.children);
    var next = found.nextElementSibling;
    return next ? list.concat(Array.prototype.slice.call(next.children)) : list;
  }

  function blockAtLine(line) {
    var list = candidates(function (chunk) {
      return lineOf(chunk.firstElementChild) <= line;
    });
    var target = null;
    for (var i = 0; i < list.length; i++) {
      if (lineOf(list[i]) <= line) target = list[i];
      else break;
    }
    return target;
  }

  postpad.scrollToLine = function (line) {
    var target = blockAtLine(line);
    ignoreScrollUntil = Date.now() + 150;
    if (!target) {
      window.scrollTo(0, 0);
      return 0;
    }
    var first = lineOf(target);
    var last = Math.max(first, lineEndOf(target));
    var rect = blockRect(target);
    var fraction = Math.min(1, (line - first) / (last - first + 1));
    window.scrollTo(0, window.scrollY + rect.top + rect.height * fraction - 8);
    return first;
  };

  function lineAtTop() {
    // the post header mostly in view: the front matter is what is at the top (decision 0234)
    if (postHeader && !postHeader.hidden) {
      var header = postHeader.getBoundingClientRect();
      if (header.height > 0 && header.bottom > header.height / 2) return 1;
    }
    var list = candidates(function (chunk) {
      return chunk.getBoundingClientRect().top <= 0;
    });
    for (var i = 0; i < list.length; i++) {
      var rect = blockRect(list[i]);
      if (rect.bottom > 0) {
        var first = lineOf(list[i]);
        var last = Math.max(first, lineEndOf(list[i]));
        var fraction = rect.top < 0 && rect.height > 0 ? -rect.top / rect.height : 0;
        return Math.round(first + fraction * (last - first + 1));
      }
    }
    return 1;
  }

  window.addEventListener(
    "scroll",
    function () {
      if (scrollQueued || Date.now() < ignoreScrollUntil) return;
      scrollQueued = true;
      // A timer, not requestAnimationFrame: rAF does not run while the view is not painted.
      window.setTimeout(function () {
        scrollQueued = false;
        if (bridge && Date.now() >= ignoreScrollUntil) bridge.scrolledToLine(lineAtTop());
      }, 30);
    },
    { passive: true }
  );

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (link) {
      var href = link.getAttribute("href");
      var file = link.getAttribute("data-pp-file");
      if (file) {
        // {% post_link %}: href is the built site's URL; a click opens the post's file.
        event.preventDefault();
        window.location.href = file;
        return;
      }
      if (href && href.charAt(0) === "#") {
        event.preventDefault();
        var anchor = document.getElementById(decodeURIComponent(href.slice(1)));
        if (anchor) anchor.scrollIntoView();
      }
      // Hexo's external links carry target="_blank": a new window would be refused, so they
      // navigate here and Qt opens them in the system browser like the others.
      if (link.hasAttribute("target")) link.removeAttribute("target");
      return; // other links navigate; Qt opens them in the system browser
    }
    var block = event.target.closest ? event.target.closest(".pp-block") : null;
    if (block && bridge) bridge.blockClicked(lineOf(block));
  });

  function connect() {
    if (typeof QWebChannel === "undefined" || !window.qt || !qt.webChannelTransport) return;
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge || null;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", connect);
  } else {
    connect();
  }
})();
