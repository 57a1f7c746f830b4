// Keeps what the user types in a form marked data-draft as their draft (concept) on the server, so that it survives the
// end of the session. Nothing is kept in the browser (no localStorage, sessionStorage or IndexedDB): school computers
// are shared. A draft is posted, with the page's antiforgery token, a few seconds after the user stops typing, at most
// every half minute while they keep typing, and at once when the session is about to end (session.js). Only when
// something changed since the last save: a page left open sends nothing, so it does not keep its session alive.
(function () {
    'use strict';
    var forms = document.querySelectorAll('form[data-draft]');
    if (forms.length === 0 || !window.fetch || !window.FormData) {
        return;
    }

    var quietFor = 3 * 1000; // saved this long after the last key
    var atMostEvery = 10 * 1000; // never more often than this
    var atLeastEvery = 30 * 1000; // while typing without a pause, at least this often

    forms.forEach(function (form) {
        var status = form.querySelector('[data-draft-status]');
        var url = form.getAttribute('data-draft');
        var dirty = false;
        var saving = false;
        var submitted = false;
        var quietTimer = null;
        var lastSaved = 0;
        var dirtySince = 0;

        function show(text) {
            if (status) {
                status.textContent = text;
            }
        }

        function save() {
            window.clearTimeout(quietTimer);
            if (!dirty || saving || submitted) {
                return;
            }
            saving = true;
            dirty = false;
            dirtySince = 0;
            lastSaved = Date.now();
            fetch(url, {
                method: 'POST',
                body: new FormData(form),
                credentials: 'same-origin',
                headers: { 'Accept': 'application/json' },
            })
                .then(function (response) {
                    if (response.ok) {
                        return response.json().then(function (answer) {
                            show('Concept bewaard om ' + answer.savedAt);
                            if (typeof answer.sessionEndsIn === 'number') {
                                document.dispatchEvent(new CustomEvent('meldcode:session', { detail: { endsIn: answer.sessionEndsIn } }));
                            }
                        });
                    }
                    dirty = true;
                    dirtySince = dirtySince || Date.now();
                    if (response.status === 400) {
                        return response.json().then(function (answer) { show(answer.message); });
                    }
                    if (response.status === 401) {
                        show('Je bent uitgelogd, dus dit is niet als concept bewaard. Kopieer je tekst en log opnieuw in.');
                        return null;
                    }
                    show('Het concept kon niet worden bewaard.');
                    return null;
                })
                .catch(function () {
                    dirty = true;
                    show('Het concept kon niet worden bewaard. Ben je nog verbonden met internet?');
                })
                .then(function () { saving = false; });
        }

        function changed() {
            var now = Date.now();
            dirty = true;
            dirtySince = dirtySince || now;
            window.clearTimeout(quietTimer);
            var wait = now - dirtySince >= atLeastEvery ? 0 : quietFor;
            wait = Math.max(wait, lastSaved + atMostEvery - now);
            quietTimer = window.setTimeout(save, wait);
        }

        form.addEventListener('input', changed);
        form.addEventListener('change', changed);
        // The form itself is sent: saving it deletes the draft, so no autosave may follow.
        form.addEventListener('submit', function () {
            submitted = true;
            window.clearTimeout(quietTimer);
        });
        document.addEventListener('meldcode:session-ending', save);
    });
}());
