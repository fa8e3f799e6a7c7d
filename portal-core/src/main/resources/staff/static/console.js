// Progressive enhancement only: copy buttons for reported URLs. The console works without this file.
document.addEventListener('DOMContentLoaded', function () {
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
        var label = button.textContent;
        button.textContent = button.getAttribute('data-copied');
        setTimeout(function () { button.textContent = label; }, 1500);
      });
    });
  });
});
