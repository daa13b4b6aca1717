// Progressive enhancement only: every page works without this file.
// On narrow screens the main menu starts folded; the <details> element keeps it
// usable by keyboard and touch without further script.
(function () {
    var menu = document.querySelector(".nav-toggle");
    if (menu && window.matchMedia("(max-width: 760px)").matches) {
        menu.removeAttribute("open");
    }
})();

// Print buttons (guides, checklists): a button, not an inline handler.
document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) {
        window.print();
    }
});
