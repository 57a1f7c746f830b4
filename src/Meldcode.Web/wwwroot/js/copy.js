// "Tekst kopiëren": copies a read-only text field to the clipboard. Without JavaScript the button
// stays hidden and the text can still be selected and copied by hand.
(function () {
    "use strict";
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        var field = document.getElementById(button.getAttribute("data-copy-target"));
        var status = document.querySelector("[data-copy-status]");
        if (!field || !navigator.clipboard) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(field.value).then(function () {
                if (status) { status.textContent = "De tekst is gekopieerd."; }
            }, function () {
                field.select();
                if (status) { status.textContent = "Kopiëren lukte niet. De tekst is geselecteerd: kopieer hem met Ctrl+C."; }
            });
        });
    });
}());
