// The service map: progressive enhancement over the list of service points.
// Loaded only when the site has a tile server (MAP_TILE_URL); no inline script,
// so the Content-Security-Policy needs no exception.
(function () {
    var element = document.getElementById("service-map");
    var data = document.getElementById("service-map-points");
    if (!element || !data || typeof L === "undefined") {
        return;
    }
    var points = JSON.parse(data.textContent);
    var map = L.map(element);
    L.tileLayer(element.dataset.tiles, {maxZoom: 18, attribution: element.dataset.attribution || ""}).addTo(map);
    var bounds = [];
    points.forEach(function (point) {
        var marker = L.marker([point.lat, point.lng]).addTo(map);
        var popup = document.createElement("div");
        var name = document.createElement("strong");
        name.textContent = point.name;
        popup.appendChild(name);
        popup.appendChild(document.createElement("br"));
        popup.appendChild(document.createTextNode(point.address));
        marker.bindPopup(popup);
        bounds.push([point.lat, point.lng]);
    });
    if (bounds.length) {
        map.fitBounds(bounds, {padding: [30, 30], maxZoom: 14});
    }
})();
