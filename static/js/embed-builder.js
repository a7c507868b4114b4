// The admin's embed builder: copy the code with one press, and say so to screen readers too.
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-copy-target]");
        if (!button) {
            return;
        }
        var field = document.getElementById(button.getAttribute("data-copy-target"));
        var status = document.querySelector("[data-copy-status]");
        field.select();
        var done = function () {
            if (status) {
                status.textContent = button.getAttribute("data-copied-text");
            }
        };
        if (navigator.clipboard) {
            navigator.clipboard.writeText(field.value).then(done, function () {
                document.execCommand("copy");
                done();
            });
        } else {
            document.execCommand("copy");
            done();
        }
    });
})();
