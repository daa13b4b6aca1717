// Suggestions under the header's search box: page titles that start like what
// the visitor types, from /<language>/search/suggest/. Progressive enhancement
// only: without this file the box is a plain search form. The list follows the
// ARIA combobox pattern (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
// arrow keys move through the suggestions, Enter opens the chosen one (or
// searches when none is chosen), Escape closes the list.
(function () {
    var form = document.querySelector("form[data-suggest-url]");
    var input = form && form.querySelector("input[name=q]");
    if (!input || !window.fetch || !window.URLSearchParams) {
        return;
    }
    var DELAY = 150;
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "");
    list.hidden = true;
    status.className = "visually-hidden";
    // A live region without role=status: the page's own status (a list's summary) stays the only one.
    status.setAttribute("aria-live", "polite");
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");

    function close() {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function choose(index) {
        options.forEach(function (option, i) {
            option.setAttribute("aria-selected", i === index ? "true" : "false");
        });
        active = index;
        if (index < 0) {
            input.removeAttribute("aria-activedescendant");
        } else {
            input.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({ block: "nearest" });
        }
    }

    function show(suggestions) {
        list.textContent = "";
        options = suggestions.map(function (suggestion, index) {
            var option = document.createElement("li");
            option.id = listId + "-" + index;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.setAttribute("data-url", suggestion.url);
            option.textContent = suggestion.title; // text, never markup
            list.appendChild(option);
            return option;
        });
        active = -1;
        input.removeAttribute("aria-activedescendant");
        if (options.length) {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
            status.textContent = form.getAttribute("data-suggest-status") || "";
        } else {
            close();
            status.textContent = "";
        }
    }

    function fetchSuggestions() {
        var query = input.value.trim();
        var request = ++latest;
        if (!query) {
            show([]);
            return;
        }
        var url = form.getAttribute("data-suggest-url") + "?" + new URLSearchParams({ q: query });
        fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (suggestions) {
                if (request === latest && document.activeElement === input) {
                    show(Array.isArray(suggestions) ? suggestions : []);
                }
            })
            .catch(function () {});
    }

    function open(option) {
        var url = option.getAttribute("data-url");
        if (url) {
            window.location.assign(url);
        }
    }

    // Chinese is typed through an input method: wait until a word is committed.
    var composing = false;
    input.addEventListener("compositionstart", function () { composing = true; });
    input.addEventListener("compositionend", function () {
        composing = false;
        clearTimeout(timer);
        timer = setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("input", function () {
        if (composing) {
            return;
        }
        clearTimeout(timer);
        timer = setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", function (event) {
        if (composing || event.isComposing) {
            return;
        }
        var expanded = !list.hidden && options.length;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (!expanded) {
                if (options.length) {
                    list.hidden = false;
                    input.setAttribute("aria-expanded", "true");
                }
                return;
            }
            event.preventDefault();
            var step = event.key === "ArrowDown" ? 1 : -1;
            var next = active + step;
            choose(next < -1 ? options.length - 1 : next >= options.length ? -1 : next);
        } else if (event.key === "Enter" && expanded && active >= 0) {
            event.preventDefault();
            open(options[active]);
        } else if (event.key === "Escape" && expanded) {
            event.preventDefault();
            close();
        }
    });

    // A press on a suggestion must not blur the box before the click lands.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    list.addEventListener("click", function (event) {
        var option = event.target.closest("[role=option]");
        if (option) {
            open(option);
        }
    });
    input.addEventListener("blur", close);
})();
