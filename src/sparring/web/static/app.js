// Sparring's only script besides htmx. Kept tiny and free of eval so the
// Content-Security-Policy can forbid inline scripts.

// The editor: removing a row, then re-checking.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-remove-row]");
  if (!button) return;
  var row = button.closest(".row");
  var form = button.closest("form");
  var next = row && (row.nextElementSibling || row.previousElementSibling);
  if (row) row.remove();
  if (form) form.dispatchEvent(new Event("input", { bubbles: true }));
  var focusTarget = next ? next.querySelector("input, textarea, select") : null;
  if (focusTarget) focusTarget.focus();
});

// The chat: Enter sends the line, Shift+Enter starts a new one.
document.addEventListener("keydown", function (event) {
  var box = event.target;
  if (event.key !== "Enter" || event.shiftKey || event.isComposing || !box.matches("textarea[data-enter-submits]")) return;
  event.preventDefault();
  if (box.value.trim() && box.form) box.form.requestSubmit();
});

// After a line is sent: clear the box, keep the focus there, show the newest line.
document.addEventListener("htmx:afterRequest", function (event) {
  var form = event.target;
  if (!form.matches || !form.matches("form[data-chat-form], form.commands")) return;
  var box = document.querySelector("textarea[data-enter-submits]");
  if (event.detail.successful && form.matches("[data-chat-form]")) form.reset();
  if (box) box.focus();
  var foot = document.getElementById("chat-foot");
  if (foot) foot.scrollIntoView({ block: "end" });
});

// A line that ends the session (Accept, End, a deal) replaces the composer with the result, and
// the button that had the focus is gone: the focus moves to the result (the scorecard's
// heading), not back to the top of the page.
document.addEventListener("htmx:oobAfterSwap", function () {
  var result = document.querySelector("#chat-foot [data-focus-on-end]");
  if (!result || (document.activeElement && document.activeElement !== document.body)) return;
  result.focus({ preventScroll: true });
  result.scrollIntoView({ block: "start" });
});

// Nothing lost in the editor (docs/web.md, "What is protected").
// - The draft is autosaved in this browser's localStorage under "sparring:draft:SLUG:BASE"
//   (one draft per case: writing one removes the case's others) and offered back after a
//   reload; a successful save clears it.
// - Leaving the page with unsaved changes asks first (beforeunload).
// - Enter in a single-line field of a form that saves a version never submits it.
// - A save comes back at the same scroll position.
// - "Use this range" on the market page sends the draft along, so the range is merged into it.
var DRAFT_PREFIX = "sparring:draft:";
var SCROLL_PREFIX = "sparring:scroll:";
var leaving = false;

function storage(kind) {
  try { var s = window[kind]; var probe = "sparring:probe"; s.setItem(probe, "1"); s.removeItem(probe); return s; }
  catch (e) { return null; } // private mode or storage switched off: the page works, nothing is kept
}

function draftEntries(form) {
  var out = [];
  new FormData(form).forEach(function (value, name) {
    if (name !== "csrf" && typeof value === "string") out.push([name, value]);
  });
  return out;
}

function draftKeys(slug) {
  var store = storage("localStorage"), keys = [];
  if (!store) return keys;
  for (var i = 0; i < store.length; i++) {
    var key = store.key(i);
    if (key && key.indexOf(DRAFT_PREFIX + slug + ":") === 0) keys.push(key);
  }
  return keys;
}

function readDraft(slug) {
  var store = storage("localStorage"), best = null;
  draftKeys(slug).forEach(function (key) {
    try {
      var draft = JSON.parse(store.getItem(key));
      if (draft && draft.entries && (!best || draft.at > best.at)) best = draft;
    } catch (e) { store.removeItem(key); }
  });
  return best;
}

function clearDrafts(slug) {
  var store = storage("localStorage");
  if (store) draftKeys(slug).forEach(function (key) { store.removeItem(key); });
}

function writeDraft(form) {
  var store = storage("localStorage");
  if (!store) return;
  var slug = form.dataset.draft, base = form.dataset.base;
  var key = DRAFT_PREFIX + slug + ":" + base;
  draftKeys(slug).forEach(function (other) { if (other !== key) store.removeItem(other); });
  try {
    store.setItem(key, JSON.stringify({ slug: slug, base: Number(base), at: Date.now(), entries: draftEntries(form) }));
  } catch (e) { /* storage full: the leave-page warning still protects the draft */ }
}

function sameEntries(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function postEntries(action, entries, extra) {
  var form = document.createElement("form");
  form.method = "post";
  form.action = action;
  form.hidden = true;
  var csrf = document.querySelector("input[name=csrf]");
  var all = [["csrf", csrf ? csrf.value : ""]].concat(entries, extra || []);
  all.forEach(function (pair) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = pair[0];
    input.value = pair[1];
    form.appendChild(input);
  });
  document.body.appendChild(form);
  leaving = true;
  form.submit();
}

function clock(ms) {
  var d = new Date(ms);
  return String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0");
}

function markDirty(form) {
  form.dataset.dirty = "";
  var state = form.querySelector("[data-save-state]");
  if (state) state.textContent = "Not saved yet (a copy is kept in this browser).";
}

function offerDraft(form, draft) {
  var offer = document.getElementById("draft-offer");
  if (!offer) return;
  var base = Number(form.dataset.base);
  offer.querySelector("[data-draft-question]").textContent = "Restore your unsaved draft from " + clock(draft.at) + "?";
  offer.querySelector("[data-draft-detail]").textContent = draft.base === base
    ? "It was kept in this browser; the form below shows version " + base + "."
    : "It was made on version " + draft.base + "; version " + base + " was saved since: restoring puts your changes on top of it.";
  offer.hidden = false;
  offer.querySelector("[data-draft-restore]").addEventListener("click", function () {
    postEntries(form.dataset.restoreUrl, draft.entries);
  });
  offer.querySelector("[data-draft-discard]").addEventListener("click", function () {
    clearDrafts(form.dataset.draft);
    offer.hidden = true;
    var first = form.querySelector("input:not([type=hidden]), textarea, select");
    if (first) first.focus();
  });
}

function setUpDraft(form) {
  var slug = form.dataset.draft, scrolls = storage("sessionStorage");
  if (form.hasAttribute("data-saved")) {
    clearDrafts(slug);
    var url = new URL(window.location.href);
    url.searchParams.delete("saved"); // a reload later must not clear a newer draft
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
  }
  var kept = scrolls && scrolls.getItem(SCROLL_PREFIX + slug);
  if (kept) {
    scrolls.removeItem(SCROLL_PREFIX + slug);
    var parts = kept.split("@"); // "Y@WHEN": only the answer to this save, not a later visit
    if (Date.now() - Number(parts[1]) < 120000) window.scrollTo(0, Number(parts[0]));
  }
  if (form.hasAttribute("data-dirty")) { writeDraft(form); return; }
  var draft = readDraft(slug);
  if (!draft) return;
  if (draft.base === Number(form.dataset.base) && sameEntries(draft.entries, draftEntries(form))) clearDrafts(slug);
  else offerDraft(form, draft);
}

var draftTimer = null;
function onEdit(event) {
  var form = event.target.closest && event.target.closest("form[data-guard]");
  if (!form) return;
  markDirty(form);
  if (!form.hasAttribute("data-draft")) return;
  clearTimeout(draftTimer);
  draftTimer = setTimeout(function () { writeDraft(form); }, 300);
}
document.addEventListener("input", onEdit);
document.addEventListener("change", onEdit);

// A row added or removed changes the draft too.
document.addEventListener("htmx:afterSwap", function (event) {
  var form = event.target.closest && event.target.closest("form[data-draft]");
  if (form && event.target.id && event.target.id.indexOf("rows-") === 0) { markDirty(form); writeDraft(form); }
});

// Enter in a one-line field of a form that saves a version does nothing (Shift+Enter neither).
document.addEventListener("keydown", function (event) {
  if (event.key !== "Enter" || event.isComposing) return;
  var field = event.target;
  if (field.tagName === "INPUT" && field.closest("form[data-guard]")) event.preventDefault();
});

document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.matches("form[data-guard]")) {
    leaving = true;
    var scrolls = storage("sessionStorage");
    if (scrolls && form.dataset.draft) {
      writeDraft(form); // kept until the save is confirmed: a refused save loses nothing
      scrolls.setItem(SCROLL_PREFIX + form.dataset.draft, window.scrollY + "@" + Date.now());
    }
  } else if (form.matches("form[data-merge-draft]")) {
    var draft = readDraft(form.dataset.mergeDraft);
    if (!draft) return; // no unsaved draft: the range is saved as a new version
    event.preventDefault();
    var code = form.querySelector("input[name=code]");
    postEntries(form.action, draft.entries, [["_draft", "1"], ["code", code ? code.value : ""]]);
  }
});

document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a[data-keeps-draft]");
  var newTab = event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0;
  var form = link && !newTab && document.querySelector("form[data-draft]");
  if (form) { writeDraft(form); leaving = true; } // the market page merges into the kept draft
});

window.addEventListener("beforeunload", function (event) {
  var form = document.querySelector("form[data-guard][data-dirty]");
  if (!form || leaving) return;
  if (form.hasAttribute("data-draft")) writeDraft(form);
  event.preventDefault();
  event.returnValue = "";
});

// Back from a navigation by the browser's history: the page may come from the cache, not leaving any more.
window.addEventListener("pageshow", function () { leaving = false; });

document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-draft]");
  if (form) setUpDraft(form);
});
