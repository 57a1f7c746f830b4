// Follows a live dilemma session. The page works without this script (plain links and form posts); with it, the part
// marked data-live-updates is fetched again whenever the server says the session changed, votes are sent without
// leaving the page, and the discussion timer counts down. EventSource reconnects by itself after a lost connection;
// the page then fetches its content again, so nothing is missed.
(function () {
    'use strict';
    var region = document.querySelector('[data-live-updates]');
    if (!region || !window.EventSource || !window.fetch) {
        return;
    }

    var fragmentUrl = region.getAttribute('data-live-fragment');
    var loading = false;
    var again = false;

    function startTimers() {
        region.querySelectorAll('[data-timer-seconds]').forEach(function (timer) {
            var ends = Date.now() + parseInt(timer.getAttribute('data-timer-seconds'), 10) * 1000;
            var time = timer.querySelector('.timer__time');
            function tick() {
                var left = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
                time.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
                if (left === 0) {
                    timer.classList.add('timer--done');
                } else if (document.body.contains(timer)) {
                    window.setTimeout(tick, 250);
                }
            }
            tick();
        });
    }

    function replace(html) {
        var active = document.activeElement;
        var activeId = active && region.contains(active) ? active.id : null;
        var typed = activeId && active.tagName === 'INPUT' && active.type !== 'radio' ? active.value : null;
        region.innerHTML = html;
        enhanceForms();
        startTimers();
        var restored = activeId ? document.getElementById(activeId) : null;
        if (restored) {
            if (typed !== null) {
                restored.value = typed;
            }
            restored.focus();
        }
    }

    function refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        fetch(fragmentUrl, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (response) {
                if (response.status === 404) {
                    window.location.reload();
                    return null;
                }
                return response.ok ? response.text() : null;
            })
            .then(function (html) {
                if (html !== null && html !== undefined) {
                    replace(html);
                }
            })
            .catch(function () { /* the stream's reconnect fetches again */ })
            .then(function () {
                loading = false;
                if (again) {
                    again = false;
                    refresh();
                }
            });
    }

    // Posts a form inside the live part and shows the answer's live part, without leaving the page. Errors come back
    // as the page with its messages, exactly as without the script.
    function enhanceForms() {
        region.querySelectorAll('form[method="post"]').forEach(function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var button = event.submitter || form.querySelector('button[type="submit"]');
                var body = new FormData(form);
                if (button && button.name) {
                    body.append(button.name, button.value);
                }
                var action = button && button.hasAttribute('formaction') ? button.formAction : form.action;
                if (button) {
                    button.disabled = true;
                }
                fetch(action, { method: 'POST', body: body, credentials: 'same-origin' })
                    .then(function (response) {
                        return response.text().then(function (html) {
                            return { html: html, redirected: response.redirected, url: response.url };
                        });
                    })
                    .then(function (answer) {
                        var page = new DOMParser().parseFromString(answer.html, 'text/html');
                        var next = page.querySelector('[data-live-updates]');
                        if (!next) {
                            // The post led to another page (ending the session leads to its summary): go there, as
                            // without the script.
                            if (answer.redirected) {
                                window.location.assign(answer.url);
                            } else {
                                window.location.reload();
                            }
                            return;
                        }
                        replace(next.innerHTML);
                        var status = page.querySelector('.notice[role="status"]');
                        var current = document.querySelector('.notice[role="status"]');
                        if (status && current) {
                            current.textContent = status.textContent;
                        } else if (status) {
                            region.parentNode.insertBefore(status, region);
                        }
                        var summary = region.querySelector('.error-summary');
                        if (summary) {
                            summary.focus();
                        }
                    })
                    .catch(function () { form.submit(); });
            });
        });
    }

    var source = new EventSource(region.getAttribute('data-live-updates'));
    // The page says which change it already shows. The stream's first event names the session's change now: if that
    // is the same, nothing happened in between; otherwise (or after a reconnect) the live part is fetched again.
    var shown = region.getAttribute('data-live-version');
    source.addEventListener('update', function (event) {
        if (shown !== null && event.data === shown) {
            shown = null;
            return;
        }
        shown = null;
        refresh();
    });
    enhanceForms();
    startTimers();
})();
