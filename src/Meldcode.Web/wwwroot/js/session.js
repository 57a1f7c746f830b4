// Warns before the session ends for lack of activity, and says so when it has ended. The server renders on the warning
// (only there when signed in) how many seconds the session still lasts (data-session-ends-in) and how long before that
// to warn. Every request the page
// makes itself (an autosave of a draft, staying signed in) tells the new end through the event 'meldcode:session'.
// Before warning, and before saying the session ended, the script asks /sessie (which does not extend the session):
// another tab may have kept it alive meanwhile, or the computer may have slept. The page works without this script:
// the server ends the session either way, and the sign-in page brings the user back.
(function () {
    'use strict';
    var warning = document.getElementById('sessie-waarschuwing');
    if (!warning || !window.fetch) {
        return;
    }

    var warnBefore = parseInt(warning.getAttribute('data-session-warn-before'), 10) * 1000;
    var lastSave = 15 * 1000; // the drafts are saved this long before the end, while the session still lasts
    var ended = document.getElementById('sessie-afgelopen');
    var extendButton = warning.querySelector('[data-session-extend]');
    var extendFailed = warning.querySelector('[data-session-extend-failed]');
    var endsAt = 0;
    var timer = null;
    var returnFocus = null;

    function token() {
        var field = document.querySelector('input[name="__RequestVerificationToken"]');
        return field ? field.value : '';
    }

    function announce(name) {
        document.dispatchEvent(new CustomEvent(name));
    }

    function schedule(secondsLeft, canExtend) {
        endsAt = Date.now() + secondsLeft * 1000;
        warning.querySelector('[data-session-can-extend-text]').hidden = !canExtend;
        warning.querySelector('[data-session-cannot-extend-text]').hidden = canExtend;
        extendButton.hidden = !canExtend;
        plan();
    }

    function plan() {
        window.clearTimeout(timer);
        var left = endsAt - Date.now();
        if (left > warnBefore) {
            hideWarning();
            timer = window.setTimeout(check, left - warnBefore);
        } else if (left > lastSave) {
            if (warning.hidden && ended.hidden) {
                check(); // warn now (it shows the warning, then plans again)
                return;
            }
            timer = window.setTimeout(check, left - lastSave);
        } else {
            timer = window.setTimeout(check, Math.max(left, 0) + 1000);
        }
    }

    // Asks the server how long the session still lasts, then warns, saves the drafts, or says it has ended.
    function check() {
        fetch('/sessie', { credentials: 'same-origin', headers: { 'Accept': 'application/json' }, cache: 'no-store' })
            .then(function (response) {
                if (response.status === 401) {
                    return null;
                }
                return response.ok ? response.json() : Promise.reject(response.status);
            })
            .then(function (status) {
                if (status === null) {
                    showEnded();
                    return;
                }
                var left = status.endsIn * 1000;
                endsAt = Date.now() + left;
                if (left <= lastSave) {
                    announce('meldcode:session-ending'); // the last moment to keep what was typed
                } else if (left <= warnBefore) {
                    showWarning();
                    announce('meldcode:session-ending');
                }
                schedule(status.endsIn, status.canExtend);
            })
            .catch(function () {
                // No answer (offline): try again in a minute; the server ends the session either way.
                timer = window.setTimeout(check, 60 * 1000);
            });
    }

    function showWarning() {
        if (!warning.hidden) {
            return;
        }
        extendFailed.hidden = true;
        returnFocus = document.activeElement;
        warning.hidden = false;
        warning.focus();
    }

    function hideWarning() {
        if (warning.hidden) {
            return;
        }
        var hadFocus = warning.contains(document.activeElement);
        warning.hidden = true;
        if (hadFocus && returnFocus && document.body.contains(returnFocus)) {
            returnFocus.focus();
        }
    }

    function showEnded() {
        window.clearTimeout(timer);
        warning.hidden = true;
        ended.hidden = false;
        ended.focus();
        announce('meldcode:session-ended');
    }

    extendButton.addEventListener('click', function () {
        extendButton.disabled = true;
        fetch('/sessie', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Accept': 'application/json', 'RequestVerificationToken': token() },
        })
            .then(function (response) {
                if (response.status === 401) {
                    showEnded();
                    return;
                }
                if (!response.ok) {
                    extendFailed.hidden = false;
                    return;
                }
                return response.json().then(function (status) {
                    schedule(status.endsIn, status.canExtend);
                });
            })
            .catch(function () { extendFailed.hidden = false; })
            .then(function () { extendButton.disabled = false; });
    });

    warning.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            hideWarning();
        }
    });

    // Another request of this page ended in the session being extended (an autosave): plan from its answer.
    document.addEventListener('meldcode:session', function (event) {
        if (event.detail && typeof event.detail.endsIn === 'number') {
            schedule(event.detail.endsIn, event.detail.canExtend !== false);
        }
    });

    // A laptop that slept: timers were late; ask at once.
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible' && ended.hidden && Date.now() > endsAt - warnBefore) {
            check();
        }
    });

    schedule(parseInt(warning.getAttribute('data-session-ends-in'), 10), warning.getAttribute('data-session-can-extend') === 'true');
}());
