// On a partner's page: size each embed iframe (data-toimeksi-embed) to the height its page reports.
// Only a message from the iframe's own window and origin is taken, and only a sane number.
(function () {
    "use strict";
    var MAX_HEIGHT = 20000;
    window.addEventListener("message", function (event) {
        var data = event.data;
        if (!data || data.toimeksiEmbed !== true || typeof data.height !== "number") {
            return;
        }
        var frames = document.querySelectorAll("iframe[data-toimeksi-embed]");
        for (var i = 0; i < frames.length; i++) {
            var frame = frames[i];
            if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin) {
                frame.style.height = Math.min(Math.max(Math.ceil(data.height), 0), MAX_HEIGHT) + "px";
            }
        }
    });
})();
