// Inside an embed (opendata/embeds.py): tell the embedding page how tall the content is, whenever it changes.
(function () {
    "use strict";
    if (window.parent === window) {
        return;
    }
    var last = 0;
    function send() {
        var height = Math.ceil(document.documentElement.scrollHeight);
        if (height !== last) {
            last = height;
            window.parent.postMessage({ toimeksiEmbed: true, height: height }, "*");
        }
    }
    window.addEventListener("load", send);
    window.addEventListener("resize", send);
    if (window.ResizeObserver) {
        new ResizeObserver(send).observe(document.body);
    }
    send();
})();
