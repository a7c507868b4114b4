// The site's only script, and nothing depends on it: every page works without it.
//
// An element marked data-focus-on-load (the error summary of a form that came
// back) takes the focus, so that screen readers read it and keyboard users
// start from it. Its `autofocus` attribute does the same in browsers that
// honour autofocus on any focusable element; this covers the others.
(function () {
    var target = document.querySelector("[data-focus-on-load]");
    if (target && document.activeElement !== target) {
        target.focus();
    }
})();
