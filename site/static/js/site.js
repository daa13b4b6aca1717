// Progressive enhancement only: every page works without this file.
// On narrow screens the main menu starts folded; the <details> element keeps it
// usable by keyboard and touch without further script.
(function () {
    var menu = document.querySelector(".nav-toggle");
    if (menu && window.matchMedia("(max-width: 760px)").matches) {
        menu.removeAttribute("open");
    }
})();

// A printed page shows where its links go (print styles in site.css): the full
// address, also for links written relative to this site.
(function () {
    var links = document.querySelectorAll("main a[href]:not([href^='#'])");
    for (var i = 0; i < links.length; i++) {
        links[i].setAttribute("data-print-href", links[i].href);
    }
})();

// Print buttons (guides, checklists): a button, not an inline handler.
document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) {
        window.print();
    }
});

// "Copy link" under articles and notices.
document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-link]");
    if (button && navigator.clipboard) {
        navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
            button.textContent = button.getAttribute("data-copied");
        });
    }
});

// View counts (点击): the page reports one view after it loads, so that pages
// served from the cache are counted too, and shows the running total.
(function () {
    var counter = document.querySelector("[data-view-count]");
    if (!counter || !window.fetch) {
        return;
    }
    fetch(counter.getAttribute("data-view-count"), { method: "POST", credentials: "omit" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
            if (data && typeof data.views === "number") {
                counter.textContent = data.views;
            }
        })
        .catch(function () {});
})();
