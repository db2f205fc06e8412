"""A page script shared by the features that put image files in place after the preview showed
their links (pasted images, decision 0144; images that appeared, decision 0226)."""

# Images that failed to load (their file was still empty) load again; the query string only
# makes the engine fetch the file anew instead of reusing the failed load.
# An image still loading when this runs gets one retry if its load then fails.
RELOAD_BROKEN_IMAGES = """
(function () {
  const reload = img => {
    const url = new URL(img.src);
    url.searchParams.set("postpad-reload", String(Date.now()));
    img.src = url.href;
  };
  for (const img of document.images) {
    if (!img.src) continue;
    if (img.complete && img.naturalWidth === 0) reload(img);
    else if (!img.complete) img.addEventListener("error", () => reload(img), { once: true });
  }
})();
"""
