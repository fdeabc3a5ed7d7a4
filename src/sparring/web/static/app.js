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
