// A counter under every text field with a length limit (data-max-length, written by the TextLimitTagHelper from the
// validator's limit). It appears from 80 % of the limit: "Nog 312 tekens", or "312 tekens te veel". The server stays
// the judge; without this script the form works the same. Screen readers hear the count when they enter the field
// (aria-describedby) and, politely, only when the text crosses 80 %, 90 % or the limit, not at every key.
(function () {
    'use strict';

    var SHOW_FROM = 0.8;
    var NEARER = 0.9;

    // The length as the server counts it: a form posts every line break as two characters (CR LF).
    function lengthAsPosted(value) {
        return value.replace(/\r\n|\r|\n/g, '\r\n').length;
    }

    function characters(count) {
        return count.toLocaleString('nl-NL') + (count === 1 ? ' teken' : ' tekens');
    }

    function stage(length, max) {
        if (length > max) { return 3; }
        if (length >= max * NEARER) { return 2; }
        if (length >= max * SHOW_FROM) { return 1; }
        return 0;
    }

    function attach(field, index) {
        var max = parseInt(field.getAttribute('data-max-length'), 10);
        if (!(max > 0)) { return; }

        var id = (field.id || 'tekstveld-' + index) + '-teller';
        var counter = document.createElement('span');
        counter.className = 'text-counter';
        counter.id = id;
        counter.hidden = true;

        var announcer = document.createElement('span');
        announcer.className = 'visually-hidden';
        announcer.setAttribute('aria-live', 'polite');

        field.insertAdjacentElement('afterend', counter);
        counter.insertAdjacentElement('afterend', announcer);
        var describedBy = field.getAttribute('aria-describedby');
        field.setAttribute('aria-describedby', describedBy ? describedBy + ' ' + id : id);

        var shown = stage(lengthAsPosted(field.value), max);

        function update(announce) {
            var length = lengthAsPosted(field.value);
            var now = stage(length, max);
            var text = length > max ? characters(length - max) + ' te veel' : 'Nog ' + characters(max - length);
            counter.textContent = now === 0 ? '' : text;
            counter.hidden = now === 0;
            counter.classList.toggle('text-counter--over', now === 3);
            if (announce && now !== shown && now !== 0) {
                announcer.textContent = length > max
                    ? text + '. Haal tekst weg voordat je opslaat.'
                    : text + ' over.';
            }
            shown = now;
        }

        field.addEventListener('input', function () { update(true); });
        update(false);
    }

    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-max-length], input[data-max-length]'), attach);
})();
